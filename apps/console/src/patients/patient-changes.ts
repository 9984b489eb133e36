import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';
import { type StaffRole, useHoldsOneOf } from '../session/signed-in-person';
import { patientKeys } from './patient-data';
import { recordCoverage } from './registration-requests';

/** The roles scheduling's permission table lets change patients, only to choose what to offer: its 403 still decides. */
const CHANGING_ROLES: readonly StaffRole[] = ['admin', 'front_desk'];

export const useChangesPatients = (): boolean => useHoldsOneOf(CHANGING_ROLES);

export const useUpdatePatient = (patientId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['UpdatePatientDto']) =>
      dataOrThrow(await api.PATCH('/api/v1/patients/{id}', { params: { path: { id: patientId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientKeys.patient(patientId) }),
  });
};

/** One form's card: a resend of the same contents (the same Idempotency-Key) records it once. */
export const useRecordCoverage = (patientId: string, formKey: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RecordCoverageDto']) => recordCoverage(formKey, patientId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientKeys.coverages(patientId) }),
  });
};

export const useUpdateCoverage = (patientId: string, coverageId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['UpdateCoverageDto']) =>
      dataOrThrow(
        await api.PATCH('/api/v1/patients/{patientId}/coverages/{coverageId}', {
          params: { path: { patientId, coverageId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientKeys.coverages(patientId) }),
  });
};
