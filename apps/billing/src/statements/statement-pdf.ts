import { formatMajorUnits } from '@praxis/domain';
import type { PostalAddress } from '@praxis/platform';
import PDFDocument from 'pdfkit';
import type { StatementContent, StatementVisit } from './statement-content';

const LEFT = 50;
const AMOUNT_X = 430;
const AMOUNT_WIDTH = 112;

type Document = PDFKit.PDFDocument;

/** The statement the patient receives, on US Letter paper, in the standard Helvetica fonts PDF readers all carry. */
export const renderStatementPdf = (statementId: string, content: StatementContent, createdAt: Date): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const document = new PDFDocument({
      size: 'LETTER',
      margin: LEFT,
      info: { Title: `Statement ${statementId}`, Author: content.clinic.name, CreationDate: createdAt },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    const amount = (amountMinor: number) => formatMajorUnits({ amountMinor, currency: content.currency });
    heading(document, statementId, content, amount);
    for (const visit of content.visits) visitSection(document, visit, amount);
    summary(document, content, amount);
    howToPay(document, statementId, content, amount);
    document.end();
  });

type Amount = (amountMinor: number) => string;

const row = (document: Document, label: string, value: string, { bold = false } = {}) => {
  const y = document.y;
  document.font(bold ? 'Helvetica-Bold' : 'Helvetica').text(label, LEFT, y, { width: AMOUNT_X - LEFT - 10 });
  const labelEnd = document.y;
  document.text(value, AMOUNT_X, y, { width: AMOUNT_WIDTH, align: 'right' });
  document.y = Math.max(labelEnd, document.y);
  document.x = LEFT;
};

const addressLines = ({ line1, line2, city, state, postalCode }: PostalAddress): string[] =>
  [line1, line2, `${city}, ${state} ${postalCode}`].filter((line): line is string => Boolean(line));

/** (312) 555-0142, as a patient dials it. */
const phoneInWords = (digits: string): string => `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;

/** The clinic's name, return address and billing phone, then the patient's name and mailing address, as mail is addressed. */
const addresses = (document: Document, { clinic, patient }: StatementContent) => {
  document.font('Helvetica-Bold').fontSize(18).text(clinic.name);
  document.font('Helvetica').fontSize(10);
  if (clinic.returnAddress) document.text(addressLines(clinic.returnAddress).join('\n'));
  if (clinic.billingPhone) document.text(`Billing questions: ${phoneInWords(clinic.billingPhone)}`);
  document.moveDown();
  if (patient.address)
    document.text([`${patient.firstName} ${patient.lastName}`, ...addressLines(patient.address)].join('\n')).moveDown();
};

const heading = (document: Document, statementId: string, content: StatementContent, amount: Amount) => {
  const { patient, statementDate, periodFrom, currency, totals } = content;
  addresses(document, content);
  document.font('Helvetica-Bold').fontSize(12).text('Patient statement').font('Helvetica').fontSize(10).moveDown(0.5);
  row(document, 'Patient', `${patient.firstName} ${patient.lastName}`);
  row(document, 'Statement date', statementDate);
  row(document, 'Period', periodFrom === null ? `up to ${statementDate}` : `${periodFrom} to ${statementDate}`);
  document.font('Helvetica').text(`Statement number ${statementId}`, LEFT);
  row(document, `Amount due (${currency})`, amount(totals.balanceDueMinor), { bold: true });
  document.moveDown();
};

const visitSection = (document: Document, visit: StatementVisit, amount: Amount) => {
  document.font('Helvetica-Bold').fontSize(11).text(`Visit on ${visit.dateOfService}`, LEFT).fontSize(10);
  for (const charge of visit.charges) {
    const modifiers = charge.modifiers.length > 0 ? `-${charge.modifiers.join('-')}` : '';
    const units = charge.units > 1 ? ` x ${charge.units}` : '';
    row(document, `  ${charge.procedureCode}${modifiers}${units}`, amount(charge.amountMinor));
  }
  // A self-pay visit leaves out the insurer's lines, which would all read 0.00.
  const billedToInsurance = visit.insurancePaidMinor !== 0 || visit.insurancePendingMinor !== 0;
  if (billedToInsurance) row(document, '  Insurance paid', amount(-visit.insurancePaidMinor));
  if (billedToInsurance || visit.adjustmentsMinor !== 0)
    row(document, '  Adjustments', amount(-visit.adjustmentsMinor));
  row(document, '  You paid', amount(-visit.patientPaidMinor));
  if (billedToInsurance) row(document, '  Insurance still pending', amount(visit.insurancePendingMinor));
  row(document, '  Your share of this visit', amount(visit.patientOwesMinor), { bold: true });
  document.moveDown(0.5);
};

const summary = (document: Document, content: StatementContent, amount: Amount) => {
  const { totals, aging } = content;
  document.moveDown().font('Helvetica-Bold').fontSize(12).text('Summary', LEFT).fontSize(10);
  row(document, 'Charges', amount(totals.chargesMinor));
  row(document, 'Insurance paid', amount(-totals.insurancePaidMinor));
  row(document, 'Adjustments', amount(-totals.adjustmentsMinor));
  row(document, 'You paid', amount(-totals.patientPaidMinor));
  row(document, 'Insurance still pending (not due from you)', amount(-totals.insurancePendingMinor));
  if (content.unappliedCreditMinor !== 0)
    row(document, 'Payments not yet applied', amount(-content.unappliedCreditMinor));
  row(document, 'Balance due', amount(totals.balanceDueMinor), { bold: true });
  document
    .moveDown()
    .font('Helvetica-Bold')
    .fontSize(12)
    .text('How long your balance has been open', LEFT)
    .fontSize(10);
  row(document, '0-30 days', amount(aging.due0To30Minor));
  row(document, '31-60 days', amount(aging.due31To60Minor));
  row(document, '61-90 days', amount(aging.due61To90Minor));
  row(document, '91-120 days', amount(aging.due91To120Minor));
  row(document, 'Over 120 days', amount(aging.dueOver120Minor));
};

const howToPay = (document: Document, statementId: string, content: StatementContent, amount: Amount) => {
  const { clinic, currency, totals } = content;
  const byMail = clinic.returnAddress ? `, or mail a check to ${addressLines(clinic.returnAddress).join(', ')}` : '';
  const call = clinic.billingPhone
    ? `call the billing office on ${phoneInWords(clinic.billingPhone)}`
    : "call the clinic's billing office";
  document.moveDown().font('Helvetica-Bold').fontSize(12).text('How to pay', LEFT).font('Helvetica').fontSize(10);
  document.text(
    `Please pay ${currency} ${amount(totals.balanceDueMinor)} at the front desk of ${clinic.name} by cash, check or ` +
      `card${byMail}. With a question, ${call}. Quote statement number ${statementId}. ` +
      `Checks are payable to ${clinic.name}.`,
    LEFT,
  );
};
