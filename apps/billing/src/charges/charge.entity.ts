import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { BillingVisit } from './billing-visit.entity';

/** One procedure line of a visit, with the diagnoses it was pointed at and its price from the fee schedule. */
@Entity({ name: 'billing_charges' })
@Index('billing_charges_visit', ['visitId'])
@Check('billing_charges_not_negative', 'amount_minor >= 0')
@Check('billing_charges_priced_whole', '(unit_price_minor IS NULL) = (amount_minor IS NULL)')
export class Charge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'visit_id' })
  visitId: string;

  @ManyToOne('BillingVisit', 'charges')
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'billing_charges_visit_id_fkey' })
  visit?: BillingVisit;

  /** The line's place on the visit, as scheduling listed the procedures. */
  @Column('smallint', { name: 'line_number' })
  lineNumber: number;

  @Column('varchar', { name: 'procedure_code', length: 5 })
  procedureCode: string;

  @Column('text', { array: true, default: () => "'{}'" })
  modifiers: string[];

  @Column('integer')
  units: number;

  /** The ICD-10-CM codes the line's diagnosis pointers named, in pointer order. */
  @Column('text', { array: true })
  diagnoses: string[];

  /** Null when the schedule in force has no price for the code: the visit waits for review. */
  @Column('integer', { name: 'unit_price_minor', nullable: true })
  unitPriceMinor: number | null;

  @Column('integer', { name: 'amount_minor', nullable: true })
  amountMinor: number | null;

  /** Set when a correction took the charge back; its posting is reversed, the line is kept. */
  @Column('timestamptz', { name: 'voided_at', nullable: true })
  voidedAt: Date | null;

  @Column('uuid', { name: 'voided_by', nullable: true })
  voidedBy: string | null;

  /** The voided charge this line was posted in place of. */
  @Column('uuid', { name: 'corrects_charge_id', nullable: true })
  correctsChargeId: string | null;
}
