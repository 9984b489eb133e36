import { Clock, parseConfig } from '@praxis/platform';
import { aValidNpi, FixedClock, RunningService, startService } from '@praxis/testing';
import { defaultDelimiters, elementOf, findImbalances, readRemittanceAdvice, readX12, Segment } from '@praxis/x12';
import { randomUUID } from 'node:crypto';
import { ClaimFacts, professionalClaims, professionalClaimSegments } from '../test/professional-claims';
import { clearinghouseConfigSchema } from './clearinghouse.config';
import { CLEARINGHOUSE_SERVICE, ClearinghouseModule } from './clearinghouse.module';
import { recipe } from './recipe';

const clock = new FixedClock(new Date('2026-03-03T14:00:00Z'));
let sandbox: RunningService;

beforeAll(async () => {
  const config = parseConfig(clearinghouseConfigSchema, { PORT: '0', LOG_LEVEL: 'silent' });
  const module = ClearinghouseModule.register(config);
  const providers = [...(module.providers ?? []), { provide: Clock, useValue: clock }];
  sandbox = await startService(
    { ...module, providers },
    { serviceName: CLEARINGHOUSE_SERVICE, bodies: recipe.bodies?.(config) },
  );
});
afterAll(() => sandbox.close());

interface Rules {
  replyDelayMs: number;
  memberIdPattern: string;
  unknownMemberIds: string[];
  rejectedBillingNpis: string[];
  allowedPercent?: number;
  coinsurancePercent?: number;
  deniedProcedureCodes?: string[];
  remittanceDelayMs?: number;
  correctedAllowedPercent?: number | null;
  correctionDelayMs?: number;
}
const DEFAULT_RULES: Rules = {
  replyDelayMs: 0,
  memberIdPattern: '^[A-Za-z0-9]{2,20}$',
  unknownMemberIds: [],
  rejectedBillingNpis: [],
};

const setRules = (rules: Partial<Rules>) =>
  fetch(`${sandbox.url}/admin/rules`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...DEFAULT_RULES, ...rules }),
  });
beforeEach(() => setRules({}));

const submit = (x12: string) =>
  fetch(`${sandbox.url}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/edi-x12' },
    body: x12,
  });

interface MailboxFile {
  id: string;
  kind: string;
  content: string;
}
const collect = async (submitterId: string): Promise<MailboxFile[]> =>
  ((await (await fetch(`${sandbox.url}/mailboxes/${submitterId}/files`)).json()) as { files: MailboxFile[] }).files;

const segmentsOf = (file: MailboxFile | undefined): Segment[] =>
  readX12(file?.content ?? '').interchanges.flatMap((interchange) =>
    interchange.groups.flatMap((group) => group.transactionSets.flatMap((set) => set.segments)),
  );
const written = (segments: Segment[], id: string): string[] =>
  segments.filter((segment) => segment.id === id).map((segment) => segment.elements.join('*'));

const aBatch = (
  claims: ClaimFacts[] = [{ patientControlNumber: 'PCN1', memberId: 'W123456789', lineChargesMinor: [12_500] }],
) => ({
  submitterId: `S${randomUUID().slice(0, 8).toUpperCase()}`,
  controlNumber: 1,
  billingNpi: aValidNpi(),
  claims,
});

describe('the sandbox clearinghouse', () => {
  it('accepts a well-formed 837P: a 999 accepting the group, then a 277CA accepting each claim with a payer claim number', async () => {
    const batch = aBatch([
      { patientControlNumber: 'PCN1', memberId: 'W111', lineChargesMinor: [12_500, 4_000] },
      { patientControlNumber: 'PCN2', memberId: 'W222', lineChargesMinor: [9_000] },
    ]);
    expect((await submit(professionalClaims(batch))).status).toBe(202);

    const [ack, claimAck] = await collect(batch.submitterId);
    expect(ack.kind).toBe('999');
    expect(written(segmentsOf(ack), 'IK5')).toEqual(['IK5*A']);
    expect(written(segmentsOf(ack), 'AK9')).toEqual(['AK9*A*1*1*1']);
    expect(claimAck.kind).toBe('277CA');
    const statuses = segmentsOf(claimAck).filter((segment) => segment.id === 'TRN' && elementOf(segment, 1) === '2');
    expect(statuses.map((segment) => elementOf(segment, 2))).toEqual(['BATCH1', 'PCN1', 'PCN2']);
    expect(written(segmentsOf(claimAck), 'STC').filter((stc) => stc.startsWith('STC*A2'))).toHaveLength(2);
    expect(written(segmentsOf(claimAck), 'REF').every((ref) => /^REF\*1K\*SBX\d{9}$/.test(ref))).toBe(true);
  });

  it('rejects a transaction set whose SE01 miscounts its segments, and sends no 277CA for it', async () => {
    const batch = aBatch();
    const broken = professionalClaims(batch).replace(
      /SE\*(\d+)\*/,
      (_whole, count: string) => `SE*${Number(count) + 1}*`,
    );
    await submit(broken);

    const files = await collect(batch.submitterId);
    expect(files.map((file) => file.kind)).toEqual(['999']);
    expect(written(segmentsOf(files[0]), 'IK5')).toEqual(['IK5*R*4']);
    expect(written(segmentsOf(files[0]), 'AK9')).toEqual(['AK9*R*1*1*0']);
  });

  it('names the segment and element in error with IK3/IK4, and the claim with CTX, when a line points at a missing diagnosis', async () => {
    const batch = aBatch();
    const segments = professionalClaimSegments(batch).map((segment) =>
      segment[0] === 'SV1' ? (['SV1', ['HC', '99213'], '125', 'UN', '1', '', '', ['1', '5']] as const) : segment,
    );
    await submit(professionalClaims(batch, segments));

    const ack = segmentsOf((await collect(batch.submitterId))[0]);
    const lineAt = segments.findIndex((segment) => segment[0] === 'SV1') + 2;
    expect(written(ack, 'IK3')).toEqual([`IK3*SV1*${lineAt}**8`]);
    expect(written(ack, 'CTX')).toEqual(['CTX*CLM01:PCN1']);
    expect(written(ack, 'IK4')).toEqual(['IK4*7**7']);
    expect(written(ack, 'IK5')).toEqual(['IK5*R*5']);
  });

  it('refuses an HL whose parent is not a level it may hang from (which pyx12 lets through)', async () => {
    const batch = aBatch();
    const segments = professionalClaimSegments(batch).map((segment) =>
      segment[0] === 'HL' && segment[1] === '2' ? (['HL', '2', '2', '22', '0'] as const) : segment,
    );
    await submit(professionalClaims(batch, segments));

    const ack = segmentsOf((await collect(batch.submitterId))[0]);
    expect(written(ack, 'IK4')).toContain('IK4*2**7*2');
    expect(written(ack, 'AK9')).toEqual(['AK9*R*1*1*0']);
  });

  it('refuses a member id the payers do not accept in the 999, and knows unknown members only in the 277CA', async () => {
    await setRules({ memberIdPattern: '^W\\d+$', unknownMemberIds: ['W404'] });
    const refused = aBatch([{ patientControlNumber: 'PCN1', memberId: 'X123', lineChargesMinor: [100] }]);
    await submit(professionalClaims(refused));
    expect(written(segmentsOf((await collect(refused.submitterId))[0]), 'IK4')).toEqual(['IK4*9**I12*X123']);

    const unknown = aBatch([
      { patientControlNumber: 'PCN1', memberId: 'W404', lineChargesMinor: [100] },
      { patientControlNumber: 'PCN2', memberId: 'W200', lineChargesMinor: [100] },
    ]);
    await submit(professionalClaims(unknown));
    const claimAck = segmentsOf((await collect(unknown.submitterId))[1]);
    expect(
      written(claimAck, 'STC')
        .slice(-2)
        .map((stc) => stc.split('*')[1]),
    ).toEqual(['A7:164:IL', 'A2:20:PR']);
  });

  it('rejects every claim of a billing provider whose NPI fails its check digit, at the provider level with no claim detail', async () => {
    const validNpi = aValidNpi();
    const batch = { ...aBatch(), billingNpi: `${validNpi.slice(0, 9)}${(Number(validNpi[9]) + 1) % 10}` };
    await submit(professionalClaims(batch));

    const [ack, claimAck] = await collect(batch.submitterId);
    expect(written(segmentsOf(ack), 'AK9')).toEqual(['AK9*A*1*1*1']);
    expect(written(segmentsOf(claimAck), 'HL')).toEqual(['HL*1**20*1', 'HL*2*1*21*1', 'HL*3*2*19*0']);
    expect(written(segmentsOf(claimAck), 'STC')[0]).toMatch(/^STC\*A3:562:85\*/);
  });

  it('rejects a claim whose total is not the sum of its lines in the 277CA', async () => {
    const batch = aBatch([
      { patientControlNumber: 'PCN1', memberId: 'W1', lineChargesMinor: [100, 200], chargeTotalMinor: 400 },
    ]);
    await submit(professionalClaims(batch));
    const claimAck = segmentsOf((await collect(batch.submitterId))[1]);
    expect(written(claimAck, 'STC')[0]).toMatch(/^STC\*A7:400:PR\*/);
  });

  it('pays the accepted claims in an 835 that balances, under the payer claim numbers of the 277CA', async () => {
    await setRules({ allowedPercent: 80, coinsurancePercent: 20 });
    const batch = aBatch([{ patientControlNumber: 'PCN1', memberId: 'W1', lineChargesMinor: [12_500, 4_000] }]);
    await submit(professionalClaims(batch));

    const [, claimAck, remittanceFile] = await collect(batch.submitterId);
    const document = readX12(remittanceFile.content);
    const [set] = document.interchanges[0].groups[0].transactionSets;
    const { remittance, problems } = readRemittanceAdvice(set, document.delimiters ?? defaultDelimiters);
    expect(problems).toEqual([]);
    expect(findImbalances(remittance)).toEqual([]);
    const [claim] = remittance.claims;
    expect([
      claim.patientControlNumber,
      claim.status,
      claim.paid.amountMinor,
      claim.patientResponsibility?.amountMinor,
    ]).toEqual(['PCN1', '1', 10_560, 2_640]);
    expect(`REF*1K*${claim.payerClaimControlNumber}`).toBe(written(segmentsOf(claimAck), 'REF')[0]);
    expect(remittance.paymentAmount.amountMinor).toBe(10_560);
  });

  it('denies a procedure the payer does not cover with CO-96, and moves no money when nothing is paid', async () => {
    await setRules({ deniedProcedureCodes: ['99213'] });
    const batch = aBatch();
    await submit(professionalClaims(batch));

    const remittanceFile = (await collect(batch.submitterId))[2];
    const document = readX12(remittanceFile.content);
    const [set] = document.interchanges[0].groups[0].transactionSets;
    const { remittance } = readRemittanceAdvice(set, document.delimiters ?? defaultDelimiters);
    expect([remittance.handling, remittance.paymentMethod, remittance.claims[0].status]).toEqual(['H', 'NON', '4']);
    expect(remittance.claims[0].serviceLines[0].adjustments).toEqual([
      { group: 'CO', reason: '96', amount: { amountMinor: 12_500, currency: 'USD' } },
    ]);
  });

  it('sends the 835 after the remittance delay, and its reversal and correction after the correction delay', async () => {
    await setRules({ remittanceDelayMs: 60_000, correctedAllowedPercent: 100, correctionDelayMs: 30_000 });
    const batch = aBatch();
    await submit(professionalClaims(batch));
    const kinds = async () => (await collect(batch.submitterId)).map((file) => file.kind);
    expect(await kinds()).toEqual(['999', '277CA']);

    clock.advance(60_000);
    expect(await kinds()).toEqual(['999', '277CA', '835']);
    clock.advance(30_000);
    const corrected = (await collect(batch.submitterId))[3];
    expect(written(segmentsOf(corrected), 'CLP').map((clp) => clp.split('*')[2])).toEqual(['22', '1']);
  });

  it('refuses a file whose ISA is not 106 characters with 422 naming the segment, and replies nothing', async () => {
    const batch = aBatch();
    const response = await submit(professionalClaims(batch).replace('ISA*00*          ', 'ISA*00*         '));

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(await response.json())).toMatch(/segment 1 \(ISA\)/);
    expect(await collect(batch.submitterId)).toEqual([]);
  });

  it('holds replies back for the configured delay, and forgets a reply once the partner deletes it', async () => {
    await setRules({ replyDelayMs: 60_000 });
    const batch = aBatch();
    await submit(professionalClaims(batch));
    expect(await collect(batch.submitterId)).toEqual([]);

    clock.advance(60_000);
    const [ack] = await collect(batch.submitterId);
    const deleted = await fetch(`${sandbox.url}/mailboxes/${batch.submitterId}/files/${ack.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await collect(batch.submitterId)).map((file) => file.kind)).toEqual(['277CA', '835']);
  });

  it('refuses rules it cannot apply, and a submission that is not X12', async () => {
    expect((await setRules({ memberIdPattern: '(' })).status).toBe(422);
    const json = await fetch(`${sandbox.url}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
  });
});
