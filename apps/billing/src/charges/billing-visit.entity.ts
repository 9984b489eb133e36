import type { CurrencyCode } from '@praxis/domain';
import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { Charge } from './charge.entity';
import type { BillTo, VisitStatus } from './visit-status';
import { billTos, visitStatuses } from './visit-status';

/** A completed visit as billing charges for it; its id is scheduling's appointment id. */
@Entity({ name: 'billing_visits' })
@Check('billing_visits_status', `status IN (${sqlValues(visitStatuses)})`)
@Check('billing_visits_bill_to', `bill_to IN (${sqlValues(billTos)})`)
@Check('billing_visits_payer', `(bill_to = 'insurance') = (payer_id IS NOT NULL)`)
export class BillingVisit {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('uuid', { name: 'provider_id' })
  providerId: string;

  @Column('uuid', { name: 'location_id' })
  locationId: string;

  /** The visit's date where it happened (its location's zone), which picks the fee schedule. */
  @Column('date', { name: 'date_of_service' })
  dateOfService: string;

  @Column('varchar', { name: 'time_zone' })
  timeZone: string;

  @Column('varchar')
  status: VisitStatus;

  /** patient: no primary coverage in force on the date of service, so the patient is billed. */
  @Column('varchar', { name: 'bill_to' })
  billTo: BillTo;

  @Column('varchar', { name: 'payer_id', nullable: true })
  payerId: string | null;

  /** The schedule's currency; null when no schedule was in force on the date of service. */
  @Column('varchar', { length: 3, nullable: true })
  currency: CurrencyCode | null;

  /** Why a clerk stopped the visit, while it is on hold. */
  @Column('varchar', { name: 'hold_reason', nullable: true })
  holdReason: string | null;

  @Column('timestamptz', { name: 'released_at', nullable: true })
  releasedAt: Date | null;

  @Column('uuid', { name: 'released_by', nullable: true })
  releasedBy: string | null;

  /** The visit's charge lines in line order, whether the visit is read alone or in a page of visits. */
  @OneToMany(() => Charge, (charge) => charge.visit, { cascade: ['insert'] })
  charges?: Charge[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
