import { money } from '@praxis/domain';
import { RemittanceAdvice } from '../src/remittances/remittance-advice';
import { aClaimPayment, aRemittance, aServicePayment } from './remittance-builders';

const usd = (amountMinor: number) => money(amountMinor, 'USD');

/** The payments behind __fixtures__/835-paid-denied-reversed.x12. */
export const goldenRemittances = (): RemittanceAdvice[] => [
  aRemittance({
    paymentMethod: 'ACH',
    traceNumber: 'EFT778899',
    // 80.00 + 0 + 45.00 - 150.00 + 150.00 (reissue) - 12.50 (recoupment) + 1.27 (interest at provider level)
    paymentAmount: usd(11377),
    claims: [
      aClaimPayment({
        serviceLines: [aServicePayment({ lineControlNumber: 'L1', allowed: usd(10000), remarks: ['N130'] })],
      }),
      aClaimPayment({
        patientControlNumber: 'PCN0002',
        status: '4',
        charge: usd(4000),
        paid: usd(0),
        patientResponsibility: undefined,
        payerClaimControlNumber: '2026112000124',
        adjustments: [{ group: 'CO', reason: '29', amount: usd(4000) }],
        remarks: ['MA130'],
        serviceLines: [],
      }),
      aClaimPayment({
        patientControlNumber: 'PCN0003',
        charge: usd(20000),
        paid: usd(4500),
        patientResponsibility: usd(500),
        payerClaimControlNumber: '2026112000125',
        interest: usd(0),
        serviceLines: [
          aServicePayment({
            procedure: { qualifier: 'HC', code: '97110', modifiers: ['GP'] },
            billedProcedure: { qualifier: 'HC', code: '97112', modifiers: [] },
            charge: usd(20000),
            paid: usd(4500),
            units: 4,
            adjustments: [
              { group: 'CO', reason: '45', amount: usd(15000) },
              { group: 'PR', reason: '3', amount: usd(500) },
            ],
          }),
        ],
      }),
      aClaimPayment({
        patientControlNumber: 'PCN0004',
        status: '22',
        charge: usd(-20000),
        paid: usd(-15000),
        patientResponsibility: undefined,
        payerClaimControlNumber: '2026110100077',
        adjustments: [{ group: 'CO', reason: '45', amount: usd(-5000) }],
        serviceLines: [],
      }),
      aClaimPayment({
        patientControlNumber: 'PCN0004',
        charge: usd(20000),
        paid: usd(15000),
        patientResponsibility: undefined,
        payerClaimControlNumber: '2026110100078',
        adjustments: [{ group: 'CO', reason: '45', amount: usd(5000) }],
        serviceLines: [],
      }),
    ],
    providerAdjustments: [
      {
        providerId: '1234567893',
        fiscalPeriodDate: '2026-12-31',
        reason: 'WO',
        reference: '2026090100011',
        amount: usd(1250),
      },
      { providerId: '1234567893', fiscalPeriodDate: '2026-12-31', reason: 'L6', amount: usd(-127) },
    ],
  }),
  aRemittance({
    handling: 'H',
    paymentMethod: 'NON',
    paymentAmount: usd(0),
    traceNumber: 'NOTICE0001',
    claims: [
      aClaimPayment({
        patientControlNumber: 'PCN0005',
        paid: usd(0),
        patientResponsibility: usd(12500),
        payerClaimControlNumber: '2026112000126',
        serviceLines: [
          aServicePayment({ paid: usd(0), adjustments: [{ group: 'PR', reason: '1', amount: usd(12500) }] }),
        ],
      }),
    ],
  }),
];
