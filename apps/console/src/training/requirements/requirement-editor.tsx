import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  TextField,
  FieldError,
} from 'react-aria-components';
import { useLocations } from '../../calendar/day-data';
import { Choice, FormProblem } from '../../patients/form-fields';
import { type Requirement, type RequirementChanges, useSaveRequirement } from '../training-data';
import { RECURRENCE_WORDS, refusedFields, ROLE_WORDS, TOPIC_WORDS, trainingProblem } from '../training-wording';
import { Checklist, CountField } from './requirement-form-fields';

const KIND_WORDS: Record<Requirement['kind'], string> = { course: 'Course', credential: 'Credential' };

const roleChoices = Object.entries(ROLE_WORDS).map(([id, text]) => ({ id: id as Requirement['roles'][number], text }));

const draftOf = (requirement?: Requirement): RequirementChanges & { active: boolean } => ({
  name: requirement?.name ?? '',
  kind: requirement?.kind ?? 'course',
  topic: requirement?.topic ?? 'other',
  roles: requirement?.roles ?? [],
  locationIds: requirement?.locationIds ?? [],
  recurrence: requirement?.recurrence ?? 'months',
  everyMonths: requirement?.everyMonths ?? 12,
  graceDays: requirement?.graceDays ?? 0,
  dueWithinDays: requirement?.dueWithinDays ?? 30,
  blocksScheduling: requirement?.blocksScheduling ?? false,
  active: requirement?.active ?? true,
});

interface RequirementEditorProps {
  /** Left out, a new requirement is created. */
  requirement?: Requirement;
  onClose(): void;
}

/** What a requirement asks, of whom, how often, and whether its lapse stops the person being booked. */
export const RequirementEditor = ({ requirement, onClose }: RequirementEditorProps) => {
  const save = useSaveRequirement();
  const locations = useLocations();
  const [draft, setDraft] = useState(() => draftOf(requirement));
  const change = (changes: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...changes }));
  const problem = save.error ? trainingProblem(save.error) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { active, everyMonths, ...changes } = draft;
    const monthly = draft.recurrence === 'months' ? { everyMonths } : {};
    save.mutate(
      { id: requirement?.id, changes: { ...changes, ...monthly, ...(requirement ? { active } : {}) } },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">{requirement ? `Edit ${requirement.name}` : 'New requirement'}</Heading>
        <Form onSubmit={submit} validationErrors={refusedFields(save.error)}>
          <TextField name="name" className="field" value={draft.name} onChange={(name) => change({ name })} isRequired>
            <Label>Name</Label>
            <Input />
            <FieldError className="field-error" />
          </TextField>
          {!requirement && (
            <>
              <Choice
                name="kind"
                label="Kind"
                choices={KIND_WORDS}
                selected={draft.kind}
                onChange={(kind) => change({ kind })}
              />
              <Choice
                name="topic"
                label="Topic"
                choices={TOPIC_WORDS}
                selected={draft.topic}
                onChange={(topic) => change({ topic })}
              />
            </>
          )}
          <Checklist
            name="roles"
            label="Who must hold it"
            choices={roleChoices}
            value={draft.roles}
            onChange={(roles) => change({ roles })}
          />
          <Checklist
            name="locationIds"
            label="Only at these locations"
            description="Leave all unticked for every location."
            choices={(locations.data ?? []).map(({ id, name }) => ({ id, text: name }))}
            value={draft.locationIds ?? []}
            onChange={(locationIds) => change({ locationIds })}
          />
          <Choice
            name="recurrence"
            label="Recurrence"
            choices={RECURRENCE_WORDS}
            selected={draft.recurrence}
            onChange={(recurrence) => change({ recurrence })}
          />
          {draft.recurrence === 'months' && (
            <CountField
              name="everyMonths"
              label="Every (months)"
              value={draft.everyMonths}
              onChange={(everyMonths) => change({ everyMonths })}
              isRequired
            />
          )}
          <CountField
            name="graceDays"
            label="Grace (days)"
            description="Days after a deadline before it counts as overdue or expired."
            value={draft.graceDays}
            onChange={(graceDays) => change({ graceDays })}
          />
          <CountField
            name="dueWithinDays"
            label="Due within (days) for new staff"
            description="Counted from the later of the hire date and the assignment."
            value={draft.dueWithinDays}
            onChange={(dueWithinDays) => change({ dueWithinDays })}
          />
          <Checkbox
            isSelected={draft.blocksScheduling}
            onChange={(blocksScheduling) => change({ blocksScheduling })}
            className="checkbox"
          >
            <span className="checkbox-box" aria-hidden="true" />A lapse blocks booking the person
          </Checkbox>
          {requirement && (
            <Checkbox isSelected={draft.active} onChange={(active) => change({ active })} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              In use (untick to retire it; its history stays)
            </Checkbox>
          )}
          <FormProblem problem={problem} />
          <div className="dialog-actions">
            <Button onPress={onClose}>Cancel</Button>
            <Button type="submit" className="primary" isDisabled={save.isPending}>
              Save
            </Button>
          </div>
        </Form>
      </Dialog>
    </Modal>
  );
};
