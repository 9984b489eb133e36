import { performance } from 'node:perf_hooks';
import { money } from '@praxis/domain';
import {
  ProfessionalClaim,
  ProfessionalClaimFile,
  readProfessionalClaims,
  readX12,
  writeProfessionalClaims,
} from '@praxis/x12';

/**
 * 837P generation: claims written per second (validation included), next to JSON.stringify of the same claims as
 * the floor, and reading the files back. Pure CPU in this process: no infrastructure. Each measurement is the
 * median of several rounds after a warm-up round.
 */
const CLAIMS = 20_000;
const CLAIMS_PER_FILE = 500;
const ROUNDS = 5;

const claimNumber = (index: number): ProfessionalClaim => ({
  billingProvider: {
    name: `CLINIC ${index % 7}`,
    npi: '1234567893',
    taxId: '361234567',
    taxonomy: '207Q00000X',
    address: { line1: `${100 + (index % 7)} MAIN ST`, city: 'CHICAGO', state: 'IL', postalCode: '606011234' },
  },
  subscriber: {
    memberId: `MEMBER${index}`,
    name: { last: `PATIENT${index}`, first: 'ANA' },
    birthDate: '1980-02-29',
    sex: 'F',
    address: { line1: '12 OAK AVE', city: 'CHICAGO', state: 'IL', postalCode: '60614' },
    claimFilingIndicator: 'CI',
  },
  payer: { name: 'ACME HEALTH PLAN', id: '60054' },
  payerResponsibility: 'P',
  patientControlNumber: `PCN${index}`,
  frequency: '1',
  placeOfService: '11',
  diagnoses: ['E119', 'I10', 'J069'],
  serviceLines: [
    {
      procedureCode: '99213',
      charge: money(12500 + (index % 100), 'USD'),
      units: 1,
      serviceDate: '2026-11-20',
      diagnosisPointers: [1, 2],
    },
    { procedureCode: '36415', charge: money(2000, 'USD'), units: 1, serviceDate: '2026-11-20', diagnosisPointers: [2] },
    {
      procedureCode: '87880',
      modifiers: ['QW'],
      charge: money(3500, 'USD'),
      units: 1,
      serviceDate: '2026-11-20',
      diagnosisPointers: [3, 1],
    },
  ],
});

const files: ProfessionalClaimFile[] = [];
for (let start = 0; start < CLAIMS; start += CLAIMS_PER_FILE)
  files.push({
    submitter: { name: 'PRAXIS', id: 'PRAXIS01', contactName: 'BILLING', phone: '3125550100' },
    receiver: { name: 'CLEARINGHOUSE', id: 'SANDBOXCH' },
    reference: `BATCH${start}`,
    claims: Array.from({ length: CLAIMS_PER_FILE }, (_, offset) => claimNumber(start + offset)),
  });

const envelope = (index: number) => ({
  interchangeControlNumber: index + 1,
  groupControlNumber: index + 1,
  preparedAt: new Date('2026-11-30T15:30:00Z'),
  timeZone: 'America/Chicago',
  usage: 'T' as const,
});

/** `work` returns what it produced (bytes or claims), shown beside the rate so the work cannot be skipped. */
const claimsPerSecond = (work: () => number): { perSecond: number; produced: number } => {
  work();
  const rounds = Array.from({ length: ROUNDS }, () => {
    const started = performance.now();
    const produced = work();
    return { perSecond: (CLAIMS / (performance.now() - started)) * 1000, produced };
  }).sort((left, right) => left.perSecond - right.perSecond);
  return rounds[Math.floor(ROUNDS / 2)];
};

const written = files.map((file, index) => writeProfessionalClaims(file, envelope(index)));

const rows = [
  {
    name: 'floor: JSON.stringify of the claims',
    unit: 'bytes',
    ...claimsPerSecond(() => files.reduce((bytes, file) => bytes + JSON.stringify(file).length, 0)),
  },
  {
    name: '837P: validate and write',
    unit: 'bytes',
    ...claimsPerSecond(() =>
      files.reduce((bytes, file, index) => bytes + writeProfessionalClaims(file, envelope(index)).length, 0),
    ),
  },
  {
    name: '837P: read back into claims',
    unit: 'claims',
    ...claimsPerSecond(() =>
      written.reduce((claims, text) => {
        const document = readX12(text);
        const [set] = document.interchanges[0].groups[0].transactionSets;
        return claims + readProfessionalClaims(set, document.delimiters).file.claims.length;
      }, 0),
    ),
  },
];

const floor = rows[0].perSecond;
console.log(
  `\n837P generation: ${CLAIMS} claims of 3 lines in files of ${CLAIMS_PER_FILE}; median of ${ROUNDS} rounds\n`,
);
console.log('| | claims/s | ratio to floor | produced per round |');
console.log('| --- | ---: | ---: | ---: |');
for (const { name, perSecond, produced, unit } of rows) {
  const rate = Math.round(perSecond).toLocaleString('en-US');
  console.log(
    `| ${name} | ${rate} | ${(perSecond / floor).toFixed(3)} | ${produced.toLocaleString('en-US')} ${unit} |`,
  );
}
