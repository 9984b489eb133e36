import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { patientName, type Patient } from '../calendar/day-data';
import { onFormData } from '../forms/form-data';
import { AddressFields } from './address-fields';
import { CoverageFields } from './coverage-fields';
import { Choice, FormProblem, TextInput } from './form-fields';
import { SEX_LABELS } from './patient-labels';
import { fieldAdvice, isPossibleDuplicate, registrationProblem } from './registration-wording';
import { newCoverageFrom, newPatientFrom, recordCoverage, registerPatient } from './registration-requests';
import { forgetPatientSearches, type PatientCriteria } from './patient-data';

interface RegisterPatientFormProps {
  /** What the desk had typed while searching, to save typing the name twice. */
  name: PatientCriteria;
  /** Coverage starts today on the location's clock unless the card says otherwise. */
  today: string;
  onRegistered(patient: Patient): void;
  onCancel(): void;
}

const PatientFields = ({ name }: { name: PatientCriteria }) => (
  <fieldset className="form-section">
    <legend>Patient</legend>
    <TextInput name="lastName" label="Last name" isRequired defaultValue={name.lastName} autoComplete="off" />
    <TextInput name="firstName" label="First name" isRequired defaultValue={name.firstName} autoComplete="off" />
    <TextInput name="dateOfBirth" label="Date of birth" type="date" isRequired />
    <Choice name="sex" label="Sex" choices={SEX_LABELS} isRequired />
    <TextInput name="phone" label="Phone" type="tel" isRequired description="With area code, e.g. (312) 555-0100" />
    <TextInput name="email" label="Email (optional)" type="email" />
    <AddressFields name="address" />
  </fieldset>
);

/**
 * Registers a new patient, then their insurance. If the insurance is refused after the patient was registered, the
 * patient stays registered and only the insurance is asked for again.
 */
export const RegisterPatientForm = ({ name, today, onRegistered, onCancel }: RegisterPatientFormProps) => {
  const queryClient = useQueryClient();
  const [formKey] = useState(() => crypto.randomUUID());
  const [registered, setRegistered] = useState<Patient>();
  const [insured, setInsured] = useState(true);
  const [confirmedNotDuplicate, setConfirmedNotDuplicate] = useState(false);

  const register = useMutation({
    mutationFn: async (fields: FormData) => {
      const patient = registered ?? (await registerPatient(formKey, newPatientFrom(fields, confirmedNotDuplicate)));
      setRegistered(patient);
      if (insured) await recordCoverage(formKey, patient.id, newCoverageFrom(fields));
      return patient;
    },
    onSuccess: async (patient) => {
      await forgetPatientSearches(queryClient);
      onRegistered(patient);
    },
  });
  // The same object until the next answer: React Aria shows a field's server error again whenever it gets a new one.
  const refusedFields = useMemo(() => fieldAdvice(register.error), [register.error]);
  const duplicate = isPossibleDuplicate(register.error);
  const problem = register.error && !duplicate ? registrationProblem(register.error) : undefined;

  return (
    <Form
      className="register-patient"
      aria-label="New patient"
      validationBehavior="aria"
      validationErrors={refusedFields}
      onSubmit={onFormData((form) => register.mutate(form))}
    >
      {registered ? (
        <p role="status" className="announcement">
          {`${patientName(registered)} is registered. Correct the insurance below, or leave it out, and save again.`}
        </p>
      ) : (
        <PatientFields name={name} />
      )}
      <Checkbox isSelected={insured} onChange={setInsured} className="checkbox">
        <span className="checkbox-box" aria-hidden="true" />
        The patient has insurance
      </Checkbox>
      {insured && <CoverageFields today={today} />}
      {duplicate && (
        <div role="alert" className="problem">
          <p>
            A patient with this name and date of birth is already registered. Search for them in the Patient box
            instead, or save again if this is a different person.
          </p>
          <Checkbox isSelected={confirmedNotDuplicate} onChange={setConfirmedNotDuplicate} className="checkbox">
            <span className="checkbox-box" aria-hidden="true" />
            This is a different person
          </Checkbox>
        </div>
      )}
      <FormProblem problem={problem} />
      <div className="dialog-actions">
        <Button onPress={onCancel}>Back to patient search</Button>
        <Button type="submit" className="primary" isPending={register.isPending}>
          {registered ? 'Save insurance' : 'Register patient'}
        </Button>
      </div>
    </Form>
  );
};
