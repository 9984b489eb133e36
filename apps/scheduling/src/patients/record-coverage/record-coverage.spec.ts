import { aCoverage, aPatient, UseCaseHarness } from '@praxis/testing';
import { ClinicActor, someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { OverlappingCoverageError, PatientCoverages } from '../patient-coverages';
import { RegisterPatient } from '../register-patient/register-patient.usecase';
import { RecordCoverage } from './record-coverage.usecase';

describe('RecordCoverage', () => {
  let harness: UseCaseHarness;
  let sut: RecordCoverage;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(RecordCoverage);
  });
  afterAll(() => harness.close());

  const aRegisteredPatient = async (frontDesk: ClinicActor): Promise<string> =>
    (
      await harness.as(frontDesk, () =>
        harness.get(RegisterPatient).execute({ ...harness.commandFor(frontDesk), patient: aPatient() }),
      )
    ).id;

  it('lists a primary and a secondary coverage side by side', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const patientId = await aRegisteredPatient(frontDesk);
    await harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), patientId, coverage: aCoverage() }),
    );
    await harness.as(frontDesk, () =>
      sut.execute({
        ...harness.commandFor(frontDesk),
        patientId,
        coverage: aCoverage({ payerName: 'Cigna', rank: 'secondary' }),
      }),
    );
    const listed = await harness.as(frontDesk, () => harness.get(PatientCoverages).list(patientId));
    expect(listed.map(({ rank, payerName }) => `${rank} ${payerName}`)).toEqual(['primary Aetna', 'secondary Cigna']);
  });

  it('lists a third payer as tertiary after the primary and the secondary', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const patientId = await aRegisteredPatient(frontDesk);
    for (const coverage of [
      aCoverage({ payerName: 'Medicaid', rank: 'tertiary' }),
      aCoverage(),
      aCoverage({ payerName: 'Cigna', rank: 'secondary' }),
    ])
      await harness.as(frontDesk, () => sut.execute({ ...harness.commandFor(frontDesk), patientId, coverage }));
    const listed = await harness.as(frontDesk, () => harness.get(PatientCoverages).list(patientId));
    expect(listed.map(({ rank, payerName }) => `${rank} ${payerName}`)).toEqual([
      'primary Aetna',
      'secondary Cigna',
      'tertiary Medicaid',
    ]);
  });

  it('refuses, with 409, a second tertiary coverage for the same period', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const patientId = await aRegisteredPatient(frontDesk);
    const tertiary = (payerName: string, effectiveFrom: string) =>
      harness.as(frontDesk, () =>
        sut.execute({
          ...harness.commandFor(frontDesk),
          patientId,
          coverage: aCoverage({ payerName, rank: 'tertiary', effectiveFrom }),
        }),
      );
    await tertiary('Medicaid', '2025-01-01');
    const overlapping = tertiary('Tricare', '2025-06-01');
    await expect(overlapping).rejects.toBeInstanceOf(OverlappingCoverageError);
    await expect(overlapping).rejects.toMatchObject({ status: 409 });
  });

  it('refuses, with 409, a second primary coverage for the same period', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const patientId = await aRegisteredPatient(frontDesk);
    await harness.as(frontDesk, () =>
      sut.execute({
        ...harness.commandFor(frontDesk),
        patientId,
        coverage: aCoverage({ effectiveFrom: '2025-01-01' }),
      }),
    );
    const overlapping = harness.as(frontDesk, () =>
      sut.execute({
        ...harness.commandFor(frontDesk),
        patientId,
        coverage: aCoverage({ payerName: 'Cigna', effectiveFrom: '2025-06-01' }),
      }),
    );
    await expect(overlapping).rejects.toBeInstanceOf(OverlappingCoverageError);
    await expect(overlapping).rejects.toMatchObject({ status: 409 });
  });
});
