import { randomUUID } from 'node:crypto';
import { buildEnvelope, StaffCreated, StaffRole, TenantCreated, Topic } from '@praxis/contracts';
import { StaffMember } from '@praxis/replicas';
import { TenantTransactions } from '@praxis/tenancy';
import {
  aValidNpi,
  ClinicActor,
  deliverEvent,
  FixedClock,
  HeldOpen,
  someoneAtANewClinic,
  startServiceUseCases,
  UseCaseHarness,
} from '@praxis/testing';
import { AssignmentPlanner } from '../src/assignments/assignment-planner';
import { Assignment } from '../src/assignments/assignment.entity';
import { StaffEventsConsumer } from '../src/assignments/staff-events.consumer';
import { ClinicEventsConsumer } from '../src/clinics/clinic-events.consumer';
import { SubmitCompletionDto } from '../src/completions/dto/completion.dto';
import { SubmitCompletion } from '../src/completions/submit-completion/submit-completion.usecase';
import { Requirement } from '../src/requirements/requirement.entity';
import { trainingConfigSchema } from '../src/training.config';
import { TRAINING_SERVICE, TrainingModule } from '../src/training.module';

/** Training's use cases on the shared test database, with a clock the spec sets. Start once per file. */
export const startTrainingUseCases = (clock?: FixedClock): Promise<UseCaseHarness> =>
  startServiceUseCases(
    { serviceName: TRAINING_SERVICE, configSchema: trainingConfigSchema, module: TrainingModule },
    clock,
  );

/** Identity announces the actor's clinic (in Chicago) as it would on sign-up: the starter catalogue is seeded. */
export const aSeededClinic = async (harness: UseCaseHarness, actor: ClinicActor): Promise<void> => {
  const envelope = buildEnvelope(TenantCreated, {
    tenantId: actor.tenantId,
    aggregateId: actor.tenantId,
    correlationId: randomUUID(),
    payload: {
      tenantId: actor.tenantId,
      legalName: 'Lakeside Family Practice',
      npi: aValidNpi(),
      timeZone: 'America/Chicago',
    },
  });
  const consumer = harness.get(ClinicEventsConsumer);
  await deliverEvent(consumer.onTenantEvent.bind(consumer), Topic.IdentityTenants, envelope);
};

export interface HireFacts {
  userId?: string;
  roles?: StaffRole[];
  locationId?: string;
  hiredOn?: string;
  active?: boolean;
}

/** Identity announces a staff member (created or changed), as training's consumer would receive it. */
export const identityAnnounces = async (
  harness: UseCaseHarness,
  actor: ClinicActor,
  { userId = randomUUID(), roles = ['provider'], active = true, ...rest }: HireFacts = {},
): Promise<string> => {
  const envelope = buildEnvelope(StaffCreated, {
    tenantId: actor.tenantId,
    aggregateId: userId,
    correlationId: randomUUID(),
    payload: { userId, email: `${userId}@example.com`, displayName: 'Dr Ada Park', roles, active, ...rest },
  });
  const consumer = harness.get(StaffEventsConsumer);
  await deliverEvent(consumer.onStaffEvent.bind(consumer), Topic.IdentityStaff, envelope);
  return userId;
};

/** A planning transaction held open once its planner has read and assigned what it found, for `handledTogether`. */
export const heldOncePlanned = (harness: UseCaseHarness): HeldOpen<AssignmentPlanner> => ({
  target: harness.get(AssignmentPlanner),
  method: 'plan',
});

/** Requirement names each person currently must meet, sorted. */
export const assignedNames = (harness: UseCaseHarness, actor: ClinicActor, userId: string): Promise<string[]> =>
  harness.as(actor, () =>
    harness.get(TenantTransactions).run(async (manager) => {
      const assignments = await manager.findBy(Assignment, { userId });
      const live = assignments.filter(({ retiredAt }) => retiredAt === null);
      const requirements = await manager.findBy(Requirement, {});
      return live.map(({ requirementId }) => requirements.find(({ id }) => id === requirementId)?.name ?? '?').sort();
    }),
  );

export const replicatedStaff = (harness: UseCaseHarness, actor: ClinicActor, userId: string) =>
  harness.as(actor, () => harness.get(TenantTransactions).run((manager) => manager.findOneBy(StaffMember, { userId })));

/** A seeded clinic with its manager and a newly hired provider, each as they would act. */
export const aClinicWithAProvider = async (harness: UseCaseHarness) => {
  const manager = someoneAtANewClinic('clinic_manager');
  await aSeededClinic(harness, manager);
  const providerId = await identityAnnounces(harness, manager, { roles: ['provider'] });
  const provider: ClinicActor = { tenantId: manager.tenantId, userId: providerId, roles: ['provider'] };
  const requirement = (name: string) =>
    harness.as(manager, () => harness.get(TenantTransactions).run((db) => db.findOneByOrFail(Requirement, { name })));
  return { manager, provider, requirement };
};

/** A completion submitted by the actor: their own to review, or a manager's record for someone, verified at once. */
export const submitsCompletion = (harness: UseCaseHarness, actor: ClinicActor, completion: SubmitCompletionDto) =>
  harness.as(actor, () => harness.get(SubmitCompletion).execute({ ...harness.commandFor(actor), ...completion }));

export const A_PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n').toString('base64');
