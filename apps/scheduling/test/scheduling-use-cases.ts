import { randomUUID } from 'node:crypto';
import { StaffRole } from '@praxis/contracts';
import { StaffMember } from '@praxis/replicas';
import { TenantTransactions } from '@praxis/tenancy';
import { aValidNpi, ClinicActor, FixedClock, startServiceUseCases, UseCaseHarness } from '@praxis/testing';
import { CreateAppointmentType } from '../src/appointment-types/create-appointment-type/create-appointment-type.usecase';
import { AvailabilityCalendar } from '../src/availability/availability-calendar';
import { ReplaceWorkingHours } from '../src/availability/working-hours/replace-working-hours/replace-working-hours.usecase';
import { Location } from '../src/locations/location.entity';
import { CreateProvider } from '../src/providers/create-provider/create-provider.usecase';
import { Provider } from '../src/providers/provider.entity';
import { schedulingConfigSchema } from '../src/scheduling.config';
import { SCHEDULING_SERVICE, SchedulingModule } from '../src/scheduling.module';

export { type ClinicActor, someoneAtANewClinic } from '@praxis/testing';

/** Scheduling's use cases on the shared test database, with a clock the spec sets. Start once per file. */
export const startSchedulingUseCases = (clock?: FixedClock): Promise<UseCaseHarness> =>
  startServiceUseCases(
    { serviceName: SCHEDULING_SERVICE, configSchema: schedulingConfigSchema, module: SchedulingModule },
    clock,
  );

/** A location as identity's events would have put it in scheduling's replica. */
export const aReplicatedLocation = (
  harness: UseCaseHarness,
  actor: ClinicActor,
  timeZone = 'America/Chicago',
): Promise<Location> =>
  harness.as(actor, () =>
    harness
      .get(TenantTransactions)
      .run((manager) =>
        manager.save(
          manager.create(Location, { id: randomUUID(), tenantId: actor.tenantId, name: 'Downtown', timeZone }),
        ),
      ),
  );

/** A staff member as identity's events would have put them in scheduling's replica. */
export const aReplicatedStaffMember = (
  harness: UseCaseHarness,
  actor: ClinicActor,
  roles: StaffRole[] = ['provider'],
  displayName = 'Dr Meredith Grey',
): Promise<StaffMember> =>
  harness.as(actor, () =>
    harness.get(TenantTransactions).run((manager) =>
      manager.save(
        manager.create(StaffMember, {
          userId: randomUUID(),
          tenantId: actor.tenantId,
          displayName,
          roles,
          active: true,
        }),
      ),
    ),
  );

/** A staff member with the provider role, made a bookable provider by the clinic manager. */
export const aProvider = async (harness: UseCaseHarness, actor: ClinicActor): Promise<Provider> => {
  const staff = await aReplicatedStaffMember(harness, actor);
  const command = { ...harness.commandFor(actor), userId: staff.userId, npi: aValidNpi(), taxonomyCode: '207Q00000X' };
  return harness.as(actor, () => harness.get(CreateProvider).execute(command));
};

/** A provider open 09:00–17:00 every day at a Chicago location, and a 30-minute visit type to search for. */
export const aBookableWeek = async (harness: UseCaseHarness, actor: ClinicActor) => {
  const provider = await aProvider(harness, actor);
  const location = await aReplicatedLocation(harness, actor);
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
  await harness.as(actor, () =>
    harness
      .get(ReplaceWorkingHours)
      .execute({ ...harness.commandFor(actor), providerId: provider.id, locationId: location.id, hours }),
  );
  const type = await harness.as(actor, () =>
    harness
      .get(CreateAppointmentType)
      .execute({ ...harness.commandFor(actor), name: 'Follow-up', durationMinutes: 30 }),
  );
  return { provider, location, type };
};

/** The local start times the front desk would be offered on one date. */
export const freeTimesOn = async (
  harness: UseCaseHarness,
  actor: ClinicActor,
  week: { location: Location; type: { id: string } },
  date: string,
): Promise<string[]> => {
  const query = { appointmentTypeId: week.type.id, locationId: week.location.id, from: date, to: date };
  const slots = await harness.as(actor, () => harness.get(AvailabilityCalendar).findSlots(query));
  return slots.map(({ localTime }) => localTime);
};
