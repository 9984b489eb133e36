import { Delimiters } from '../core/delimiters';
import { TransactionSet } from '../core/envelope';
import { componentsOf, elementOf, Segment } from '../core/segment';
import { problemAtSegment, SegmentProblem } from '../core/segment-problem';
import { fromX12Amount } from '../core/x12-values';
import { claimTotal } from './claim-segments';
import {
  AdministrativeSex,
  BillingProvider,
  ClaimFrequency,
  LineAdjudication,
  OtherPayer,
  OtherSubscriberRelationship,
  Patient,
  PatientRelationship,
  PayerResponsibility,
  ProfessionalClaim,
  ProfessionalClaimFile,
  ServiceLine,
  Subscriber,
} from './professional-claim';
import { readAdjustments } from '../adjustments/claim-adjustments';
import {
  Addressable,
  amountOf,
  blankProvider,
  blankSubscriber,
  dateOf,
  emptyAddress,
  nameOf,
  ProfessionalClaimReading,
} from './read-837p-parts';

/** Reads the claims of one 837P transaction set back into the model, reporting HL and total faults it meets. */
export const readProfessionalClaims = (set: TransactionSet, delimiters: Delimiters): ProfessionalClaimReading =>
  new ProfessionalClaimReader(delimiters).read(set);

class ProfessionalClaimReader {
  private readonly file: ProfessionalClaimFile = {
    submitter: { name: '', id: '', contactName: '', phone: '' },
    receiver: { name: '', id: '' },
    reference: '',
    claims: [],
  };
  private readonly problems: SegmentProblem[] = [];
  private readonly levels = new Map<string, string>();
  private readonly hierarchy: Segment[] = [];
  private readonly declaredTotals = new Map<ProfessionalClaim, Segment>();
  private provider?: BillingProvider;
  private subscriber?: Subscriber;
  private payer = { name: '', id: '' };
  private responsibility: PayerResponsibility = 'P';
  private patient?: Patient;
  private claim?: ProfessionalClaim;
  private otherPayer?: OtherPayer;
  private line?: ServiceLine;
  private adjudication?: LineAdjudication;
  private addressee?: Addressable;

  constructor(private readonly delimiters: Delimiters) {}

  read(set: TransactionSet): ProfessionalClaimReading {
    for (const segment of set.segments) this.accept(segment);
    this.checkTotals();
    this.checkChildCodes();
    return { file: this.file, problems: this.problems };
  }

  private accept(segment: Segment): void {
    switch (segment.id) {
      case 'BHT':
        this.file.reference = elementOf(segment, 3);
        return;
      case 'PER':
        if (!this.provider)
          Object.assign(this.file.submitter, { contactName: elementOf(segment, 2), phone: elementOf(segment, 4) });
        return;
      case 'HL':
        return this.hierarchyLevel(segment);
      case 'PRV':
        return this.providerTaxonomy(segment);
      case 'NM1':
        return this.entity(segment);
      case 'N3':
        if (this.addressee)
          Object.assign(this.addressee.address, {
            line1: elementOf(segment, 1),
            ...(elementOf(segment, 2) ? { line2: elementOf(segment, 2) } : {}),
          });
        return;
      case 'N4':
        if (this.addressee)
          Object.assign(this.addressee.address, {
            city: elementOf(segment, 1),
            state: elementOf(segment, 2),
            postalCode: elementOf(segment, 3),
          });
        return;
      case 'DMG':
        return this.demographics(segment);
      case 'REF':
        return this.reference(segment);
      case 'SBR':
        return this.subscriberInformation(segment);
      case 'PAT':
        this.patient = {
          relationship: elementOf(segment, 1) as PatientRelationship,
          name: { last: '', first: '' },
          birthDate: '',
          sex: 'U',
          address: emptyAddress(),
        };
        return;
      case 'CLM':
        return this.startClaim(segment);
      case 'HI':
        if (this.claim)
          this.claim.diagnoses = segment.elements
            .slice(1)
            .map((value) => value.split(this.delimiters.component)[1] ?? '');
        return;
      case 'CAS':
        return this.adjustments(segment);
      case 'AMT':
        if (this.otherPayer && elementOf(segment, 1) === 'D') this.otherPayer.paid = amountOf(segment, 2);
        return;
      case 'LX':
        return this.startLine();
      case 'SV1':
        return this.professionalService(segment);
      case 'SVD':
        return this.lineAdjudication(segment);
      case 'DTP':
        return this.date(segment);
      default:
        return;
    }
  }

  private hierarchyLevel(segment: Segment): void {
    const [id, parent, level] = [elementOf(segment, 1), elementOf(segment, 2), elementOf(segment, 3)];
    const expectedParent = { '20': undefined, '22': '20', '23': '22' }[level];
    const parentLevel = parent ? this.levels.get(parent) : undefined;
    if (id !== String(this.levels.size + 1))
      this.report(segment, 'HL01', `must be ${this.levels.size + 1}: HL numbers count up from 1`);
    if (parentLevel !== expectedParent)
      this.report(
        segment,
        'HL02',
        `names parent ${parent || 'none'}, which is not a level ${expectedParent ?? 'none'} HL`,
      );
    this.levels.set(id, level);
    this.hierarchy.push(segment);
    this.claim = undefined;
    this.addressee = undefined;
    if (level === '20') this.provider = blankProvider();
    if (level !== '23') this.patient = undefined;
  }

  private providerTaxonomy(segment: Segment): void {
    if (elementOf(segment, 1) === 'BI' && this.provider) this.provider.taxonomy = elementOf(segment, 3);
    if (elementOf(segment, 1) === 'PE' && this.claim?.renderingProvider)
      this.claim.renderingProvider.taxonomy = elementOf(segment, 3);
  }

  private entity(segment: Segment): void {
    const id = elementOf(segment, 9);
    this.addressee = undefined;
    switch (elementOf(segment, 1)) {
      case '41':
        return void Object.assign(this.file.submitter, { name: elementOf(segment, 3), id });
      case '40':
        return void Object.assign(this.file.receiver, { name: elementOf(segment, 3), id });
      case '85':
        if (this.provider) Object.assign(this.provider, { name: elementOf(segment, 3), npi: id });
        this.addressee = this.provider;
        return;
      case 'IL':
        return this.insured(segment, id);
      case 'PR':
        if (this.otherPayer) this.otherPayer.payer = { name: elementOf(segment, 3), id };
        else this.payer = { name: elementOf(segment, 3), id };
        return;
      case 'QC':
        if (this.patient) this.patient.name = nameOf(segment);
        this.addressee = this.patient;
        return;
      case '82':
        if (this.claim) this.claim.renderingProvider = { npi: id, name: nameOf(segment) };
        return;
      default:
        return;
    }
  }

  private insured(segment: Segment, memberId: string): void {
    if (this.otherPayer) {
      Object.assign(this.otherPayer.subscriber, { memberId, name: nameOf(segment) });
      return;
    }
    if (this.subscriber) Object.assign(this.subscriber, { memberId, name: nameOf(segment) });
    this.addressee = this.subscriber;
  }

  private demographics(segment: Segment): void {
    const person = this.patient ?? this.subscriber;
    if (person)
      Object.assign(person, {
        birthDate: dateOf(elementOf(segment, 2)),
        sex: elementOf(segment, 3) as AdministrativeSex,
      });
  }

  private reference(segment: Segment): void {
    const [qualifier, value] = [elementOf(segment, 1), elementOf(segment, 2)];
    if (qualifier === 'EI' && this.provider && !this.claim) this.provider.taxId = value;
    if (qualifier === 'F8' && this.claim) this.claim.payerClaimControlNumber = value;
    if (qualifier === '6R' && this.line) this.line.lineControlNumber = value;
  }

  private subscriberInformation(segment: Segment): void {
    const responsibility = elementOf(segment, 1) as PayerResponsibility;
    const claimFilingIndicator = elementOf(segment, 9);
    if (this.claim) {
      this.otherPayer = {
        payer: { name: '', id: '' },
        responsibility,
        subscriber: {
          memberId: '',
          name: { last: '', first: '' },
          relationship: elementOf(segment, 2) as OtherSubscriberRelationship,
        },
        claimFilingIndicator,
        paid: { amountMinor: 0, currency: 'USD' },
        adjustments: [],
      };
      this.claim.otherPayers = [...(this.claim.otherPayers ?? []), this.otherPayer];
      return;
    }
    this.responsibility = responsibility;
    this.subscriber = {
      ...blankSubscriber(claimFilingIndicator),
      ...(elementOf(segment, 3) ? { groupNumber: elementOf(segment, 3) } : {}),
    };
  }

  private startClaim(segment: Segment): void {
    const [placeOfService, , frequency] = componentsOf(segment, 5, this.delimiters);
    this.otherPayer = undefined;
    this.line = undefined;
    this.adjudication = undefined;
    this.addressee = undefined;
    this.claim = {
      billingProvider: this.provider ?? blankProvider(),
      subscriber: this.subscriber ?? blankSubscriber(),
      ...(this.patient ? { patient: this.patient } : {}),
      payer: this.payer,
      payerResponsibility: this.responsibility,
      patientControlNumber: elementOf(segment, 1),
      frequency: (frequency ?? '') as ClaimFrequency,
      placeOfService: placeOfService ?? '',
      diagnoses: [],
      serviceLines: [],
    };
    this.declaredTotals.set(this.claim, segment);
    this.file.claims.push(this.claim);
  }

  private startLine(): void {
    this.otherPayer = undefined;
    this.adjudication = undefined;
    this.line = {
      procedureCode: '',
      charge: { amountMinor: 0, currency: 'USD' },
      units: 0,
      serviceDate: '',
      diagnosisPointers: [],
    };
    this.claim?.serviceLines.push(this.line);
  }

  private professionalService(segment: Segment): void {
    if (!this.line) return;
    const [, procedureCode, ...modifiers] = componentsOf(segment, 1, this.delimiters);
    Object.assign(this.line, {
      procedureCode: procedureCode ?? '',
      ...(modifiers.length ? { modifiers } : {}),
      charge: amountOf(segment, 2),
      units: Number(elementOf(segment, 4)),
      diagnosisPointers: componentsOf(segment, 7, this.delimiters).filter(Boolean).map(Number),
    });
  }

  private lineAdjudication(segment: Segment): void {
    if (!this.line) return;
    const [, procedureCode, ...modifiers] = componentsOf(segment, 3, this.delimiters);
    this.adjudication = {
      payerId: elementOf(segment, 1),
      paid: amountOf(segment, 2),
      procedureCode: procedureCode ?? '',
      ...(modifiers.length ? { modifiers } : {}),
      units: Number(elementOf(segment, 5)),
      adjustments: [],
      adjudicationDate: '',
    };
    this.line.priorPayerAdjudications = [...(this.line.priorPayerAdjudications ?? []), this.adjudication];
  }

  private adjustments(segment: Segment): void {
    const target = this.adjudication ?? this.otherPayer;
    if (target) target.adjustments.push(...readAdjustments(segment));
  }

  private date(segment: Segment): void {
    const [qualifier, format, value] = [elementOf(segment, 1), elementOf(segment, 2), elementOf(segment, 3)];
    if (qualifier === '472' && this.line) {
      const [start, end] = value.split('-');
      this.line.serviceDate = dateOf(start);
      if (format === 'RD8' && end) this.line.serviceDateEnd = dateOf(end);
    }
    if (qualifier === '573' && this.adjudication) this.adjudication.adjudicationDate = dateOf(value);
    else if (qualifier === '573' && this.otherPayer) this.otherPayer.adjudicationDate = dateOf(value);
  }

  /** HL04 is 1 when another HL names this one as its parent, 0 when none does. */
  private checkChildCodes(): void {
    const parents = new Set(this.hierarchy.map((hl) => elementOf(hl, 2)));
    for (const hl of this.hierarchy) {
      const expected = parents.has(elementOf(hl, 1)) ? '1' : '0';
      if (elementOf(hl, 4) !== expected && elementOf(hl, 4) !== '')
        this.report(
          hl,
          'HL04',
          `is ${elementOf(hl, 4)} but must be ${expected}: children ${expected === '1' ? 'follow' : 'do not follow'}`,
        );
    }
  }

  private checkTotals(): void {
    for (const [claim, segment] of this.declaredTotals) {
      const declared = fromX12Amount(elementOf(segment, 2));
      if (declared?.amountMinor !== claimTotal(claim).amountMinor)
        this.report(segment, 'CLM02', `is ${elementOf(segment, 2)} but the lines add up to a different total`);
    }
  }

  private report(segment: Segment, element: string, message: string): void {
    this.problems.push(problemAtSegment(segment, message, element));
  }
}
