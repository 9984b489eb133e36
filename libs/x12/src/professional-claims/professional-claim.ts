import { Money } from '@praxis/domain';
import { Adjustment } from '../adjustments/claim-adjustments';

export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  /** Two-letter state code. */
  state: string;
  /** Five or nine digits, no hyphen; the billing provider needs nine. */
  postalCode: string;
}

export interface PersonName {
  last: string;
  first: string;
  middle?: string;
  suffix?: string;
}

export type AdministrativeSex = 'F' | 'M' | 'U';

/** The party sending the file (1000A) and the one receiving it (1000B), both named by their EDI ids. */
export interface Submitter {
  name: string;
  id: string;
  contactName: string;
  /** Digits only, e.g. "3125550100". */
  phone: string;
}

export interface Receiver {
  name: string;
  id: string;
}

export interface BillingProvider {
  /** Organisation name as the payer knows it. */
  name: string;
  npi: string;
  /** Employer identification number: nine digits, no hyphen. */
  taxId: string;
  /** Health care provider taxonomy code, e.g. "207Q00000X". */
  taxonomy: string;
  /** A street address: PO boxes and lockboxes are not accepted for the billing provider. */
  address: PostalAddress;
}

export interface Payer {
  name: string;
  /** The payer id the clearinghouse routes on (NM109 with qualifier PI). */
  id: string;
}

export interface Subscriber {
  memberId: string;
  name: PersonName;
  /** Sent (DMG) only when the subscriber is the patient, and then required. */
  birthDate?: string;
  sex?: AdministrativeSex;
  address: PostalAddress;
  groupNumber?: string;
  /** SBR09, e.g. "CI" commercial, "MB" Medicare Part B, "MC" Medicaid, "BL" Blue Cross. */
  claimFilingIndicator: string;
}

/** PAT01: how the patient relates to the subscriber when they are not the same person. */
export type PatientRelationship = '01' | '19' | '20' | '21' | '39' | '40' | '53' | 'G8';

export interface Patient {
  relationship: PatientRelationship;
  name: PersonName;
  birthDate: string;
  sex: AdministrativeSex;
  address: PostalAddress;
}

export interface RenderingProvider {
  npi: string;
  name: PersonName;
  taxonomy?: string;
}

/** What a prior payer decided on one line (2430), sent on a secondary claim. */
export interface LineAdjudication {
  payerId: string;
  paid: Money;
  procedureCode: string;
  modifiers?: string[];
  units: number;
  adjustments: Adjustment[];
  adjudicationDate: string;
}

export interface ServiceLine {
  /** CPT/HCPCS code. */
  procedureCode: string;
  modifiers?: string[];
  charge: Money;
  units: number;
  serviceDate: string;
  /** Last day when the line spans several days (RD8). */
  serviceDateEnd?: string;
  /** 1 to 4 one-based indexes into the claim's diagnoses, the first the main one. */
  diagnosisPointers: number[];
  /** REF*6R: the line's own control number, echoed by the 835 to match lines. */
  lineControlNumber?: string;
  priorPayerAdjudications?: LineAdjudication[];
}

/** Claim frequency (CLM05-3): 1 original, 7 replacement of a prior claim, 8 void of a prior claim. */
export type ClaimFrequency = '1' | '7' | '8';

/** SBR01: the payer's place in the order of payment. */
export type PayerResponsibility = 'P' | 'S' | 'T';

/** 2320 SBR02: the patient's relationship to a prior payer's subscriber, 18 when the patient is that subscriber. */
export type OtherSubscriberRelationship = '18' | PatientRelationship;

/** A payer that already decided on this claim (2320/2330), sent when billing the next payer. */
export interface OtherPayer {
  payer: Payer;
  responsibility: PayerResponsibility;
  subscriber: { memberId: string; name: PersonName; relationship: OtherSubscriberRelationship };
  claimFilingIndicator: string;
  paid: Money;
  adjustments: Adjustment[];
  adjudicationDate?: string;
}

export interface ProfessionalClaim {
  billingProvider: BillingProvider;
  subscriber: Subscriber;
  /** Only when the patient is not the subscriber. */
  patient?: Patient;
  payer: Payer;
  payerResponsibility: PayerResponsibility;
  /** CLM01, echoed by 277CA and 835: short and free of delimiters; a replacement or void reuses the original's. */
  patientControlNumber: string;
  frequency: ClaimFrequency;
  /** The payer's claim number (835 CLP07 or 277CA REF*1K), required to replace or void. */
  payerClaimControlNumber?: string;
  /** CMS place of service code, e.g. "11" office. */
  placeOfService: string;
  /** ICD-10-CM codes, the principal first; at most 12. */
  diagnoses: string[];
  renderingProvider?: RenderingProvider;
  serviceLines: ServiceLine[];
  otherPayers?: OtherPayer[];
}

/** One 837P file: one submitter, one receiver, many claims. */
export interface ProfessionalClaimFile {
  submitter: Submitter;
  receiver: Receiver;
  /** BHT03: the submitter's reference for this batch. */
  reference: string;
  claims: ProfessionalClaim[];
}
