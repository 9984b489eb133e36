import { money } from '@praxis/domain';
import { TenantTransactions } from '@praxis/tenancy';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import PDFParser from 'pdf2json';
import { Ledger } from '../src/ledger/ledger';
import { Posting, postings } from '../src/ledger/ledger-postings';

/** Posts to the ledger as remittance or payment posting would, for a visit of the patient. */
export const ledgerPosts = (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  posting: Posting,
  { patientId, visitId }: { patientId: string; visitId: string },
) =>
  harness.as(clerk, () =>
    harness.get(TenantTransactions).run((manager) =>
      harness.get(Ledger).post(manager, posting, {
        tenantId: clerk.tenantId,
        patientId,
        visitId,
        postedAt: harness.clock.now(),
        postedBy: clerk.userId ?? null,
      }),
    ),
  );

/** The payer paid part of a $125.00 visit, adjusted part off and left the rest to the patient. */
export const insurancePaysPartOf = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  visit: { patientId: string; visitId: string },
  { paidMinor, adjustedMinor }: { paidMinor: number; adjustedMinor: number },
): Promise<void> => {
  await ledgerPosts(harness, clerk, postings.insurerPayment(money(paidMinor, 'USD')), visit);
  await ledgerPosts(harness, clerk, postings.contractualAdjustment(money(adjustedMinor, 'USD')), visit);
  const patientShare = money(12_500 - paidMinor - adjustedMinor, 'USD');
  await ledgerPosts(harness, clerk, postings.transfer(patientShare, 'insurance', 'patient'), visit);
};

/** The text a reader of the PDF sees, read back by a PDF parser. */
export const textOf = (pdf: Buffer): Promise<string> =>
  new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on('pdfParser_dataReady', () => resolve(parser.getRawTextContent()));
    parser.on('pdfParser_dataError', (error) => reject(error instanceof Error ? error : error.parserError));
    parser.parseBuffer(pdf, 0);
  });
