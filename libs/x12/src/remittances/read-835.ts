import { Money } from '@praxis/domain';
import { readAdjustments } from '../adjustments/claim-adjustments';
import { Delimiters } from '../core/delimiters';
import { TransactionSet } from '../core/envelope';
import { componentsOf, elementOf, Segment } from '../core/segment';
import { problemAtSegment, SegmentProblem } from '../core/segment-problem';
import { fromX12Amount, fromX12Date } from '../core/x12-values';
import {
  AdjudicatedProcedure,
  ClaimPayment,
  ClaimPaymentStatus,
  ProviderAdjustment,
  RemittanceAdvice,
  ServicePayment,
} from './remittance-advice';
import { findImbalances, Imbalance } from './remittance-balance';

export interface RemittanceReading {
  remittance: RemittanceAdvice;
  /** Where the payment does not add up: such a remittance must be held for review, not posted. */
  imbalances: Imbalance[];
  problems: SegmentProblem[];
}

const PLB_PAIRS = 6;
const ZERO: Money = { amountMinor: 0, currency: 'USD' };

/** Reads one 835 (005010X221A1) transaction set: the payment, its claims and lines, provider-level adjustments. */
export const readRemittanceAdvice = (set: TransactionSet, delimiters: Delimiters): RemittanceReading =>
  new RemittanceReader(delimiters).read(set);

class RemittanceReader {
  private readonly remittance: RemittanceAdvice = {
    handling: '',
    paymentAmount: ZERO,
    paymentMethod: '',
    paymentDate: '',
    traceNumber: '',
    originatorId: '',
    payer: { name: '' },
    payee: { name: '', idQualifier: '', id: '' },
    claims: [],
    providerAdjustments: [],
  };
  private readonly problems: SegmentProblem[] = [];
  private party?: 'PR' | 'PE';
  private claim?: ClaimPayment;
  private line?: ServicePayment;

  constructor(private readonly delimiters: Delimiters) {}

  read(set: TransactionSet): RemittanceReading {
    for (const segment of set.segments) this.accept(segment);
    if (!set.segments.some((segment) => segment.id === 'BPR'))
      this.problems.push(problemAtSegment(set.header, 'the 835 has no BPR: it says nothing about the payment'));
    return { remittance: this.remittance, imbalances: findImbalances(this.remittance), problems: this.problems };
  }

  private accept(segment: Segment): void {
    const handlers: Record<string, (segment: Segment) => void> = {
      BPR: (bpr) => this.payment(bpr),
      TRN: (trn) => Object.assign(this.remittance, { traceNumber: elementOf(trn, 2), originatorId: elementOf(trn, 3) }),
      DTM: (dtm) => this.date(dtm),
      N1: (n1) => this.party1(n1),
      REF: (ref) => this.reference(ref),
      CLP: (clp) => this.claimPayment(clp),
      CAS: (cas) => (this.line ?? this.claim)?.adjustments.push(...readAdjustments(cas)),
      NM1: (nm1) => this.patient(nm1),
      MOA: (moa) => this.claim?.remarks.push(...moa.elements.slice(3, 8).filter(Boolean)),
      AMT: (amt) => this.amount(amt),
      SVC: (svc) => this.servicePayment(svc),
      LQ: (lq) => this.line?.remarks.push(elementOf(lq, 2)),
      PLB: (plb) => this.providerAdjustments(plb),
    };
    handlers[segment.id]?.(segment);
  }

  private money(segment: Segment, n: number, element: string): Money {
    const text = elementOf(segment, n);
    const amount = fromX12Amount(text);
    if (!amount) this.problems.push(problemAtSegment(segment, `"${text}" is not an amount`, element));
    return amount ?? ZERO;
  }

  private optionalMoney(segment: Segment, n: number, element: string): Money | undefined {
    return elementOf(segment, n) === '' ? undefined : this.money(segment, n, element);
  }

  private payment(bpr: Segment): void {
    Object.assign(this.remittance, {
      handling: elementOf(bpr, 1),
      paymentAmount: this.money(bpr, 2, 'BPR02'),
      paymentMethod: elementOf(bpr, 4),
      paymentDate: fromX12Date(elementOf(bpr, 16)) ?? elementOf(bpr, 16),
    });
  }

  private date(dtm: Segment): void {
    const date = fromX12Date(elementOf(dtm, 2)) ?? elementOf(dtm, 2);
    const qualifier = elementOf(dtm, 1);
    if (qualifier === '405' && !this.claim) this.remittance.productionDate = date;
    if (this.line && ['472', '150'].includes(qualifier)) this.line.serviceDate = date;
  }

  private party1(n1: Segment): void {
    const code = elementOf(n1, 1);
    this.party = code === 'PR' || code === 'PE' ? code : undefined;
    if (code === 'PR') this.remittance.payer.name = elementOf(n1, 2);
    if (code === 'PE')
      this.remittance.payee = { name: elementOf(n1, 2), idQualifier: elementOf(n1, 3), id: elementOf(n1, 4) };
  }

  private reference(ref: Segment): void {
    const qualifier = elementOf(ref, 1);
    if (qualifier === '2U' && this.party === 'PR' && !this.claim) this.remittance.payer.id = elementOf(ref, 2);
    if (qualifier === '6R' && this.line) this.line.lineControlNumber = elementOf(ref, 2);
  }

  private claimPayment(clp: Segment): void {
    this.line = undefined;
    const patientResponsibility = this.optionalMoney(clp, 5, 'CLP05');
    this.claim = {
      patientControlNumber: elementOf(clp, 1),
      status: elementOf(clp, 2) as ClaimPaymentStatus,
      charge: this.money(clp, 3, 'CLP03'),
      paid: this.money(clp, 4, 'CLP04'),
      ...(patientResponsibility ? { patientResponsibility } : {}),
      claimFilingIndicator: elementOf(clp, 6),
      payerClaimControlNumber: elementOf(clp, 7),
      ...(elementOf(clp, 9) ? { frequency: elementOf(clp, 9) } : {}),
      adjustments: [],
      remarks: [],
      serviceLines: [],
    };
    this.remittance.claims.push(this.claim);
  }

  private patient(nm1: Segment): void {
    if (elementOf(nm1, 1) !== 'QC' || !this.claim) return;
    this.claim.patient = { last: elementOf(nm1, 3), first: elementOf(nm1, 4), memberId: elementOf(nm1, 9) };
  }

  private amount(amt: Segment): void {
    const qualifier = elementOf(amt, 1);
    if (qualifier === 'I' && this.claim && !this.line) this.claim.interest = this.money(amt, 2, 'AMT02');
    if (qualifier === 'B6' && this.line) this.line.allowed = this.money(amt, 2, 'AMT02');
  }

  private procedure(segment: Segment, n: number): AdjudicatedProcedure {
    const [qualifier = '', code = '', ...modifiers] = componentsOf(segment, n, this.delimiters);
    return { qualifier, code, modifiers: modifiers.filter(Boolean) };
  }

  private servicePayment(svc: Segment): void {
    if (!this.claim) return void this.problems.push(problemAtSegment(svc, 'SVC before any CLP'));
    const units = elementOf(svc, 5);
    this.line = {
      procedure: this.procedure(svc, 1),
      charge: this.money(svc, 2, 'SVC02'),
      paid: this.money(svc, 3, 'SVC03'),
      ...(units ? { units: Number(units) } : {}),
      ...(elementOf(svc, 6) ? { billedProcedure: this.procedure(svc, 6) } : {}),
      adjustments: [],
      remarks: [],
    };
    this.claim.serviceLines.push(this.line);
  }

  private providerAdjustments(plb: Segment): void {
    this.claim = undefined;
    this.line = undefined;
    for (let pair = 0; pair < PLB_PAIRS; pair += 1) {
      const reasonAt = 3 + pair * 2;
      if (!elementOf(plb, reasonAt)) continue;
      const [reason = '', reference] = componentsOf(plb, reasonAt, this.delimiters);
      const adjustment: ProviderAdjustment = {
        providerId: elementOf(plb, 1),
        fiscalPeriodDate: fromX12Date(elementOf(plb, 2)) ?? elementOf(plb, 2),
        reason,
        ...(reference ? { reference } : {}),
        amount: this.money(plb, reasonAt + 1, `PLB${String(reasonAt + 1).padStart(2, '0')}`),
      };
      this.remittance.providerAdjustments.push(adjustment);
    }
  }
}
