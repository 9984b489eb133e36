import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/replicas';
import { BillingVisit } from '../charges/billing-visit.entity';
import { Charge } from '../charges/charge.entity';
import { PatientCoverage } from '../coverage/patient-coverage.entity';
import { ContractedAmount } from '../fee-schedules/contracted-amount.entity';
import { FeePrice } from '../fee-schedules/fee-price.entity';
import { FeeSchedule } from '../fee-schedules/fee-schedule.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { KnownAppointment } from '../patients/known-appointment.entity';
import { KnownPatient } from '../patients/known-patient.entity';
import { PatientPayment } from '../payments/patient-payment.entity';
import { PaymentAllocation } from '../payments/payment-allocation.entity';
import { PaymentRefund } from '../payments/payment-refund.entity';
import { PatientStatement } from '../statements/patient-statement.entity';
import { StatementRun } from '../statements/statement-run.entity';
import { AdjustmentReview } from '../remittance-postings/adjustment-review.entity';
import { RemittancePosting } from '../remittance-postings/remittance-posting.entity';
import { FeeSchedules1766000000000 } from './migrations/1766000000000-fee-schedules';
import { Charges1766100000000 } from './migrations/1766100000000-charges';
import { Ledger1766200000000 } from './migrations/1766200000000-ledger';
import { VisitHolds1766300000000 } from './migrations/1766300000000-visit-holds';
import { ChargeCorrections1766400000000 } from './migrations/1766400000000-charge-corrections';
import { Payments1766800000000 } from './migrations/1766800000000-payments';
import { PatientStatements1766900000000 } from './migrations/1766900000000-patient-statements';
import { RemittancePostings1766700000000 } from './migrations/1766700000000-remittance-postings';

import { ProviderAdjustmentPosting } from '../provider-adjustments/provider-adjustment-posting.entity';
import { ProviderAdjustments1767050000000 } from './migrations/1767050000000-provider-adjustments';
import { StatementSettings } from '../statements/statement-settings/statement-settings.entity';
import { StatementAddresses1767090000000 } from './migrations/1767090000000-statement-addresses';
export const billingEntities = [
  KnownClinic,
  FeeSchedule,
  FeePrice,
  ContractedAmount,
  PatientCoverage,
  BillingVisit,
  Charge,
  LedgerEntry,
  PatientPayment,
  PaymentAllocation,
  PaymentRefund,
  KnownPatient,
  KnownAppointment,
  StatementRun,
  PatientStatement,
  RemittancePosting,
  AdjustmentReview,
  ProviderAdjustmentPosting,
  StatementSettings,
];
export const billingMigrations = [
  DomainServiceFoundation1764000000000,
  FeeSchedules1766000000000,
  Charges1766100000000,
  Ledger1766200000000,
  VisitHolds1766300000000,
  ChargeCorrections1766400000000,
  RemittancePostings1766700000000,
  Payments1766800000000,
  PatientStatements1766900000000,
  ProviderAdjustments1767050000000,
  StatementAddresses1767090000000,
];
