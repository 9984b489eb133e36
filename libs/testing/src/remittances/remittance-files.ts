import { money } from '@praxis/domain';
import { ClaimPayment, RemittanceAdvice, ServicePayment, writeRemittanceAdvice } from '@praxis/x12';

/** A claim the payer accepted, as claims keeps it: what an 835 names it by and the lines it decides on. */
export interface AcceptedClaim {
  patientControlNumber: string;
  payerClaimControlNumber: string;
  /** YYYY-MM-DD. */
  dateOfService: string;
  lines: { procedureCode: string; modifiers: string[]; units: number; chargeMinor: number }[];
}

export interface RemittanceFile {
  /** The trace numbers (TRN02) of its payments, one per transaction set. */
  traceNumbers: string[];
  patientControlNumbers: string[];
  content: string;
}

const usd = (amountMinor: number) => money(amountMinor, 'USD');
const sumOf = (amounts: readonly number[]) => amounts.reduce((sum, amount) => sum + amount, 0);

/** The terms most ERAs carry: 80% of each charge allowed (CO-45 the rest), 20% of that the patient's (PR-2). */
const linePayment = (line: AcceptedClaim['lines'][number], serviceDate: string): ServicePayment => {
  const allowed = Math.floor(line.chargeMinor * 0.8);
  const coinsurance = Math.floor(allowed * 0.2);
  return {
    procedure: { qualifier: 'HC', code: line.procedureCode, modifiers: line.modifiers },
    charge: usd(line.chargeMinor),
    paid: usd(allowed - coinsurance),
    units: line.units,
    serviceDate,
    adjustments: [
      { group: 'CO', reason: '45', amount: usd(line.chargeMinor - allowed) },
      { group: 'PR', reason: '2', amount: usd(coinsurance) },
    ],
    allowed: usd(allowed),
    remarks: [],
  };
};

const claimPayment = (claim: AcceptedClaim): ClaimPayment => {
  const lines = claim.lines.map((line) => linePayment(line, claim.dateOfService));
  const charge = sumOf(claim.lines.map(({ chargeMinor }) => chargeMinor));
  const patientOwes = lines.flatMap(({ adjustments }) => adjustments).filter(({ group }) => group === 'PR');
  return {
    patientControlNumber: claim.patientControlNumber,
    status: '1',
    charge: usd(charge),
    paid: usd(sumOf(lines.map(({ paid }) => paid.amountMinor))),
    patientResponsibility: usd(sumOf(patientOwes.map(({ amount }) => amount.amountMinor))),
    claimFilingIndicator: 'CI',
    payerClaimControlNumber: claim.payerClaimControlNumber,
    adjustments: [],
    remarks: [],
    serviceLines: lines,
  };
};

const remittanceOf = (claims: AcceptedClaim[], traceNumber: string, payee: { name: string; npi: string }) => {
  const payments = claims.map(claimPayment);
  const total = sumOf(payments.map(({ paid }) => paid.amountMinor));
  const advice: RemittanceAdvice = {
    handling: 'I',
    paymentAmount: usd(total),
    paymentMethod: 'ACH',
    paymentDate: '2026-03-20',
    traceNumber,
    originatorId: '1060054000',
    productionDate: '2026-03-20',
    payer: { name: 'AETNA', id: '60054' },
    payee: { name: payee.name, idQualifier: 'XX', id: payee.npi },
    claims: payments,
    providerAdjustments: [],
  };
  return advice;
};

/**
 * The payer's ERAs for the claims: files of `setsPerFile` payments (transaction sets) of `claimsPerSet` claims each,
 * every one balanced and under a trace number of its own, so each posts once and none is a repeat.
 */
export const remittanceFilesFor = (
  claims: readonly AcceptedClaim[],
  payee: { name: string; npi: string },
  {
    claimsPerSet,
    setsPerFile,
    firstFileNumber = 1,
  }: { claimsPerSet: number; setsPerFile: number; firstFileNumber?: number },
): RemittanceFile[] => {
  const perFile = claimsPerSet * setsPerFile;
  const files: RemittanceFile[] = [];
  for (let start = 0; start < claims.length; start += perFile) {
    const inFile = claims.slice(start, start + perFile);
    const sets = Array.from({ length: Math.ceil(inFile.length / claimsPerSet) }, (_, set) =>
      inFile.slice(set * claimsPerSet, (set + 1) * claimsPerSet),
    );
    const fileNumber = firstFileNumber + files.length;
    const traceNumbers = sets.map((_, set) => `BENCH${fileNumber}T${set + 1}`);
    const content = writeRemittanceAdvice(
      sets.map((set, index) => remittanceOf(set, traceNumbers[index], payee)),
      {
        sender: { qualifier: 'ZZ', id: 'AETNA' },
        receiver: { qualifier: 'ZZ', id: 'BENCHCLINIC' },
        interchangeControlNumber: fileNumber,
        groupControlNumber: fileNumber,
        preparedAt: new Date('2026-03-20T12:00:00Z'),
        timeZone: 'UTC',
        usage: 'T',
      },
    );
    files.push({ traceNumbers, patientControlNumbers: inFile.map((claim) => claim.patientControlNumber), content });
  }
  return files;
};
