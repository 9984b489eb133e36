import { ClinicActor } from '@praxis/testing';
import { TenantTransactions } from '@praxis/tenancy';
import { SegmentData, writeInterchange } from '@praxis/x12';
import { aBilledClaim, aClinicSetUpToBill } from '../../../test/claims-use-cases';
import {
  claimReaches,
  ClaimsWithSandbox,
  sandboxRules,
  startClaimsWithSandbox,
} from '../../../test/clearinghouse-exchange';
import { BillingProfile } from '../../billing-profiles/billing-profile.entity';
import { ClaimsQueries } from '../../claims/claims.queries';
import { ClaimSubmissionsQueries } from '../../submissions/claim-submissions.queries';
import { SubmitClaims } from '../../submissions/submit-claims/submit-claims.usecase';
import { ApplyAcknowledgement } from './apply-acknowledgement.usecase';

/** Replies as a clerk would download them from a clearinghouse portal and upload them by hand. */
const aReply = (type: '999' | '277', functionalId: string, implementation: string, segments: SegmentData[]) =>
  writeInterchange({
    sender: { qualifier: 'ZZ', id: 'PRAXISSANDBOX' },
    receiver: { qualifier: 'ZZ', id: 'CLINIC' },
    controlNumber: 900,
    preparedAt: new Date('2026-03-10T16:00:00Z'),
    timeZone: 'UTC',
    usage: 'T',
    groups: [
      {
        functionalId,
        applicationSender: 'PRAXISSANDBOX',
        applicationReceiver: 'CLINIC',
        controlNumber: 900,
        version: implementation,
        transactionSets: [{ type, controlNumber: 1, implementation, segments }],
      },
    ],
  });

const a999Accepting = (fileNumber: number) =>
  aReply('999', 'FA', '005010X231A1', [
    ['AK1', 'HC', String(fileNumber), '005010X222A1'],
    ['AK2', '837', '0001', '005010X222A1'],
    ['IK5', 'A'],
    ['AK9', 'A', '1', '1', '1'],
  ]);

const a277RejectingTheProvider = (fileNumber: number, npi: string) =>
  aReply('277', 'HN', '005010X214', [
    ['BHT', '0085', '08', String(fileNumber), '20260310', '1600', 'TH'],
    ['HL', '1', '', '20', '1'],
    ['NM1', 'PR', '2', 'AETNA', '', '', '', '', 'PI', '60054'],
    ['HL', '2', '1', '21', '1'],
    ['NM1', '41', '2', 'LAKESIDE', '', '', '', '', '46', 'CLINIC'],
    ['TRN', '2', String(fileNumber)],
    ['HL', '3', '2', '19', '0'],
    ['NM1', '85', '2', 'LAKESIDE', '', '', '', '', 'XX', npi],
    ['STC', ['A3', '85', '85'], '20260310', 'U', '250'],
  ]);

describe('ApplyAcknowledgement (999 and 277CA uploaded by hand)', () => {
  let system: ClaimsWithSandbox;

  beforeAll(async () => {
    system = await startClaimsWithSandbox();
    // The sandbox holds its replies back, so what the clerk uploads is the first the claims hear.
    await sandboxRules(system.sandbox, { replyDelayMs: 3_600_000 });
  });
  afterAll(() => system.close());

  const aSentFile = async (clerk: ClinicActor, claimCount: number) => {
    const { harness } = system;
    const claims = [];
    for (let n = 0; n < claimCount; n += 1) claims.push(await aBilledClaim(harness, clerk));
    const queued = await harness.as(clerk, () => harness.get(SubmitClaims).execute(harness.commandFor(clerk)));
    for (const claim of claims) await claimReaches(harness, clerk, claim.id, 'submitted');
    const submission = await harness.as(clerk, () => harness.get(ClaimSubmissionsQueries).get(queued.id));
    return { claims, fileNumber: submission.interchangeControlNumber as number };
  };

  const upload = (clerk: ClinicActor, content: string) =>
    system.harness.as(clerk, () =>
      system.harness
        .get(ApplyAcknowledgement)
        .execute({ ...system.harness.commandFor(clerk), content, source: 'upload' }),
    );

  const statusOf = (clerk: ClinicActor, claimId: string) =>
    system.harness.as(clerk, () => system.harness.get(ClaimsQueries).get(claimId)).then(({ status }) => status);

  it('acknowledges the claims of an accepted file, and changes nothing when the same file comes again', async () => {
    const clerk = await aClinicSetUpToBill(system.harness);
    const { claims, fileNumber } = await aSentFile(clerk, 2);

    const first = await upload(clerk, a999Accepting(fileNumber));
    const again = await upload(clerk, a999Accepting(fileNumber));

    expect(first.claims.map(({ outcome }) => outcome)).toEqual(['acknowledged', 'acknowledged']);
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await Promise.all(claims.map(({ id }) => statusOf(clerk, id)))).toEqual(['acknowledged', 'acknowledged']);
  });

  it('maps a partly accepted group back by transaction set: claims of an accepted set are acknowledged', async () => {
    const clerk = await aClinicSetUpToBill(system.harness);
    const { claims, fileNumber } = await aSentFile(clerk, 1);
    const partly = aReply('999', 'FA', '005010X231A1', [
      ['AK1', 'HC', String(fileNumber), '005010X222A1'],
      ['AK2', '837', '0001', '005010X222A1'],
      ['IK5', 'A'],
      ['AK2', '837', '0002', '005010X222A1'],
      ['IK5', 'R', '5'],
      ['AK9', 'P', '2', '2', '1'],
    ]);

    const applied = await upload(clerk, partly);

    expect(applied.claims.map(({ outcome }) => outcome)).toEqual(['acknowledged']);
    expect(await statusOf(clerk, claims[0].id)).toBe('acknowledged');
  });

  it('rejects every claim of the billing provider a 277CA rejects at the provider level, with no claim detail', async () => {
    const clerk = await aClinicSetUpToBill(system.harness);
    const { claims, fileNumber } = await aSentFile(clerk, 2);
    const { npi } = await system.harness.as(clerk, () =>
      system.harness.get(TenantTransactions).run((manager) => manager.findOneByOrFail(BillingProfile, {})),
    );

    const applied = await upload(clerk, a277RejectingTheProvider(fileNumber, npi));

    expect(applied.claims.map(({ outcome, reasons }) => [outcome, reasons?.[0]?.code])).toEqual([
      ['rejected', 'A3:85:85'],
      ['rejected', 'A3:85:85'],
    ]);
    expect(await Promise.all(claims.map(({ id }) => statusOf(clerk, id)))).toEqual(['rejected', 'rejected']);
  });

  it('refuses a file it cannot read with 422 naming the segment, and changes nothing', async () => {
    const clerk = await aClinicSetUpToBill(system.harness);
    const { claims, fileNumber } = await aSentFile(clerk, 1);
    const miscounted = a999Accepting(fileNumber).replace(/SE\*6\*/, 'SE*7*');

    await expect(upload(clerk, miscounted)).rejects.toMatchObject({
      status: 422,
      errors: [{ field: 'segment 8', message: expect.stringMatching(/^SE: SE01 says 7/) }],
    });
    expect(await statusOf(clerk, claims[0].id)).toBe('submitted');
  });

  it('refuses a reply to a file the clinic never sent, and changes nothing', async () => {
    const clerk = await aClinicSetUpToBill(system.harness);
    const { claims, fileNumber } = await aSentFile(clerk, 1);

    await expect(upload(clerk, a999Accepting(fileNumber + 1))).rejects.toMatchObject({ status: 422 });
    expect(await statusOf(clerk, claims[0].id)).toBe('submitted');
  });
});
