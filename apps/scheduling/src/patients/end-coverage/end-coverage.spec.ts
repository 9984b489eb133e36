import { aCoverage, aPatient, UseCaseHarness } from '@praxis/testing';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { PatientCoverages } from '../patient-coverages';
import { RecordCoverage } from '../record-coverage/record-coverage.usecase';
import { RegisterPatient } from '../register-patient/register-patient.usecase';
import { EndCoverage } from './end-coverage.usecase';

describe('EndCoverage', () => {
  let harness: UseCaseHarness;
  let sut: EndCoverage;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(EndCoverage);
  });
  afterAll(() => harness.close());

  it('ends a plan so the new one can start the next day', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const command = () => harness.commandFor(frontDesk);
    const patient = await harness.as(frontDesk, () =>
      harness.get(RegisterPatient).execute({ ...command(), patient: aPatient() }),
    );
    const record = harness.get(RecordCoverage);
    const oldPlan = await harness.as(frontDesk, () =>
      record.execute({ ...command(), patientId: patient.id, coverage: aCoverage({ effectiveFrom: '2025-01-01' }) }),
    );

    await harness.as(frontDesk, () =>
      sut.execute({ ...command(), patientId: patient.id, coverageId: oldPlan.id, effectiveTo: '2025-06-30' }),
    );
    await harness.as(frontDesk, () =>
      record.execute({
        ...command(),
        patientId: patient.id,
        coverage: aCoverage({ payerName: 'Cigna', effectiveFrom: '2025-07-01' }),
      }),
    );

    const listed = await harness.as(frontDesk, () => harness.get(PatientCoverages).list(patient.id));
    expect(listed.map(({ payerName, effectiveFrom, effectiveTo }) => [payerName, effectiveFrom, effectiveTo])).toEqual([
      ['Aetna', '2025-01-01', '2025-06-30'],
      ['Cigna', '2025-07-01', null],
    ]);
  });

  it('refuses an end before the coverage began', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const patient = await harness.as(frontDesk, () =>
      harness.get(RegisterPatient).execute({ ...harness.commandFor(frontDesk), patient: aPatient() }),
    );
    const coverage = await harness.as(frontDesk, () =>
      harness.get(RecordCoverage).execute({
        ...harness.commandFor(frontDesk),
        patientId: patient.id,
        coverage: aCoverage({ effectiveFrom: '2025-01-01' }),
      }),
    );
    const ending = harness.as(frontDesk, () =>
      sut.execute({
        ...harness.commandFor(frontDesk),
        patientId: patient.id,
        coverageId: coverage.id,
        effectiveTo: '2024-12-31',
      }),
    );
    await expect(ending).rejects.toMatchObject({ status: 400 });
  });
});
