import { aCoverage, aPatient, UseCaseHarness } from '@praxis/testing';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { OverlappingCoverageError, PatientCoverages } from '../patient-coverages';
import { RecordCoverage } from '../record-coverage/record-coverage.usecase';
import { RegisterPatient } from '../register-patient/register-patient.usecase';
import { UpdateCoverage } from './update-coverage.usecase';

describe('UpdateCoverage', () => {
  let harness: UseCaseHarness;
  let sut: UpdateCoverage;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(UpdateCoverage);
  });
  afterAll(() => harness.close());

  const aPatientWithCoverages = async (...coverages: ReturnType<typeof aCoverage>[]) => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const patient = await harness.as(frontDesk, () =>
      harness.get(RegisterPatient).execute({ ...harness.commandFor(frontDesk), patient: aPatient() }),
    );
    const recorded = [];
    for (const coverage of coverages) {
      recorded.push(
        await harness.as(frontDesk, () =>
          harness.get(RecordCoverage).execute({ ...harness.commandFor(frontDesk), patientId: patient.id, coverage }),
        ),
      );
    }
    return { frontDesk, patientId: patient.id, coverageIds: recorded.map(({ id }) => id) };
  };

  it('shows a corrected member id and keeps the rest of the card', async () => {
    const { frontDesk, patientId, coverageIds } = await aPatientWithCoverages(aCoverage());
    await harness.as(frontDesk, () =>
      sut.execute({
        ...harness.commandFor(frontDesk),
        patientId,
        coverageId: coverageIds[0],
        changes: { memberId: 'W987654321' },
      }),
    );
    const [coverage] = await harness.as(frontDesk, () => harness.get(PatientCoverages).list(patientId));
    expect(coverage).toMatchObject({
      memberId: 'W987654321',
      payerName: 'Aetna',
      groupNumber: 'GRP-0042',
      rank: 'primary',
    });
  });

  it('refuses a change that makes two primary coverages overlap', async () => {
    const { frontDesk, patientId, coverageIds } = await aPatientWithCoverages(
      aCoverage({ effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' }),
      aCoverage({ payerName: 'Cigna', effectiveFrom: '2025-01-01' }),
    );
    const extending = harness.as(frontDesk, () =>
      sut.execute({
        ...harness.commandFor(frontDesk),
        patientId,
        coverageId: coverageIds[0],
        changes: { effectiveTo: null },
      }),
    );
    await expect(extending).rejects.toBeInstanceOf(OverlappingCoverageError);
  });
});
