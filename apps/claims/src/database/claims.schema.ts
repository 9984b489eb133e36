import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/replicas';
import { BillingProfile } from '../billing-profiles/billing-profile.entity';
import { ClaimHistoryEntry } from '../claims/claim-history.entity';
import { ClaimLine } from '../claims/claim-line.entity';
import { ClaimNumber } from '../claims/claim-number.entity';
import { Claim } from '../claims/claim.entity';
import { InsuredCoverage } from '../insured/insured-coverage.entity';
import { InsuredPatient } from '../insured/insured-patient.entity';
import { Payer } from '../payers/payer.entity';
import { CompletedVisit } from '../visits/completed-visit.entity';
import { Claims1767000000000 } from './migrations/1767000000000-claims';
import { ClaimSubmissions1767100000000 } from './migrations/1767100000000-claim-submissions';
import { ClaimSubmission } from '../submissions/claim-submission.entity';
import { InterchangeControlNumber } from '../submissions/interchange-control-number.entity';
import { SubmittedClaim } from '../submissions/submitted-claim.entity';
import { ClaimAdjudication } from '../adjudications/claim-adjudication.entity';
import { ClaimFollowUps1767300000000 } from './migrations/1767300000000-claim-follow-ups';
import { TimelyFilingAlerts1767400000000 } from './migrations/1767400000000-timely-filing-alerts';
import { ClaimHistoryOrder1767500000000 } from './migrations/1767500000000-claim-history-order';
import { TertiaryClaims1767650000000 } from './migrations/1767650000000-tertiary-claims';
import { TimelyFilingAlert } from '../timely-filing/timely-filing-alert.entity';
import { ReceivedAcknowledgement } from '../acknowledgements/received-acknowledgement.entity';
import { ClaimPaymentRecord } from '../remittances/claim-payment.entity';
import { RemittanceFile } from '../remittances/remittance-file.entity';
import { Remittance } from '../remittances/remittance.entity';
import { Remittances1767200000000 } from './migrations/1767200000000-remittances';

export const claimsEntities = [
  KnownClinic,
  Payer,
  BillingProfile,
  InsuredPatient,
  InsuredCoverage,
  CompletedVisit,
  ClaimNumber,
  Claim,
  ClaimLine,
  ClaimHistoryEntry,
  InterchangeControlNumber,
  ClaimSubmission,
  SubmittedClaim,
  ReceivedAcknowledgement,
  RemittanceFile,
  Remittance,
  ClaimPaymentRecord,
  ClaimAdjudication,
  TimelyFilingAlert,
];
export const claimsMigrations = [
  DomainServiceFoundation1764000000000,
  Claims1767000000000,
  ClaimSubmissions1767100000000,
  Remittances1767200000000,
  ClaimFollowUps1767300000000,
  TimelyFilingAlerts1767400000000,
  ClaimHistoryOrder1767500000000,
  TertiaryClaims1767650000000,
];
