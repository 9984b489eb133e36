import { NotFoundError } from '@praxis/platform';
import { ClinicActor, someoneAtANewClinic, UseCaseHarness } from '@praxis/testing';
import {
  aSeededClinic,
  identityAnnounces,
  startTrainingUseCases,
  submitsCompletion,
} from '../../test/training-use-cases';
import { Requirement } from '../requirements/requirement.entity';
import { TenantTransactions } from '@praxis/tenancy';
import { ComplianceQueries } from './compliance.queries';

describe('compliance read models', () => {
  let harness: UseCaseHarness;
  let sut: ComplianceQueries;
  let manager: ClinicActor;
  let frontDesk: ClinicActor;
  let provider: ClinicActor;

  const recordFor = async (userId: string, name: string, completedOn: string, expiresOn?: string) => {
    const requirement = await harness.as(manager, () =>
      harness.get(TenantTransactions).run((db) => db.findOneByOrFail(Requirement, { name })),
    );
    await submitsCompletion(harness, manager, { requirementId: requirement.id, userId, completedOn, expiresOn });
  };

  beforeAll(async () => {
    harness = await startTrainingUseCases();
    sut = harness.get(ComplianceQueries);
    harness.clock.set('2026-01-05T15:00:00Z');
    manager = someoneAtANewClinic('clinic_manager');
    await aSeededClinic(harness, manager);
    const frontDeskId = await identityAnnounces(harness, manager, {
      roles: ['front_desk'],
      locationId: manager.tenantId,
    });
    const providerId = await identityAnnounces(harness, manager, { roles: ['provider'] });
    frontDesk = { ...manager, userId: frontDeskId, roles: ['front_desk'] };
    provider = { ...manager, userId: providerId, roles: ['provider'] };
    await recordFor(frontDeskId, 'OSHA bloodborne pathogens', '2025-03-10');
    await recordFor(frontDeskId, 'HIPAA privacy', '2026-01-05');
    await recordFor(frontDeskId, 'HIPAA security awareness', '2026-01-05');
    await recordFor(providerId, 'State licence', '2025-06-01', '2026-04-15');
    harness.clock.set('2026-03-02T15:00:00Z');
  });
  afterAll(() => harness.close());

  it('gives the share of staff compliant for the clinic, each location and each role', async () => {
    const summary = await harness.as(manager, () => sut.summary(harness.clock.now()));
    expect(summary).toEqual({
      today: '2026-03-02',
      clinic: { group: 'clinic', staff: 2, compliant: 1, percentCompliant: 50 },
      byLocation: [{ group: manager.tenantId, staff: 1, compliant: 1, percentCompliant: 100 }],
      byRole: [
        { group: 'front_desk', staff: 1, compliant: 1, percentCompliant: 100 },
        { group: 'provider', staff: 1, compliant: 0, percentCompliant: 0 },
      ],
    });
  });

  it('lists what is overdue, and what expires within 30 or 60 days', async () => {
    const now = harness.clock.now();
    const overdue = await harness.as(manager, () => sut.overdue(now, { limit: 2 }));
    expect(overdue.items).toHaveLength(2);
    const rest = await harness.as(manager, () => sut.overdue(now, { limit: 2, cursor: overdue.nextCursor ?? '' }));
    expect([...overdue.items, ...rest.items].map(({ requirementName }) => requirementName).sort()).toEqual([
      'BLS certification',
      'HIPAA privacy',
      'HIPAA security awareness',
      'OSHA bloodborne pathogens',
    ]);
    const soon = await harness.as(manager, () => sut.expiring(now, 30, { limit: 50 }));
    expect(soon.items.map(({ requirementName, expiresOn }) => [requirementName, expiresOn])).toEqual([
      ['OSHA bloodborne pathogens', '2026-03-10'],
    ]);
    const later = await harness.as(manager, () => sut.expiring(now, 60, { limit: 50 }));
    expect(later.items.map(({ requirementName }) => requirementName).sort()).toEqual([
      'OSHA bloodborne pathogens',
      'State licence',
    ]);
  });

  it('exports the staff × requirements matrix with an empty cell where nothing is required', async () => {
    const csv = await harness.as(manager, () => sut.matrixCsv(harness.clock.now()));
    const [header, ...lines] = csv.trim().split('\n');
    expect(header).toBe(
      'Staff member,BLS certification,HIPAA privacy,HIPAA security awareness,OSHA bloodborne pathogens,State licence',
    );
    expect(lines.sort()).toEqual([
      'Dr Ada Park,,compliant,compliant,expiring_soon,',
      'Dr Ada Park,overdue,overdue,overdue,overdue,compliant',
    ]);
  });

  it('exports a person’s own record to them, and nobody else’s', async () => {
    const csv = await harness.as(frontDesk, () => sut.personalRecordCsv(harness.clock.now(), frontDesk.userId ?? ''));
    expect(csv.trim().split('\n')).toEqual([
      'Requirement,Status,Deadline,Completed on,Expires on,Awaiting verification',
      'HIPAA privacy,compliant,,2026-01-05,,false',
      'HIPAA security awareness,compliant,2027-01-05,2026-01-05,2027-01-05,false',
      'OSHA bloodborne pathogens,expiring_soon,2026-03-10,2025-03-10,2026-03-10,false',
    ]);
    await expect(
      harness.as(frontDesk, () => sut.personalRecord(harness.clock.now(), provider.userId ?? '')),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
