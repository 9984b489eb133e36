import type { CurrencyCode } from '@praxis/domain';
import { Check, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { FeePrice } from './fee-price.entity';

/**
 * The clinic's prices from a date on, until a schedule with a later date takes over. Never edited: a price change
 * is a new schedule, so a visit already priced can always be explained by the schedule in force on its date.
 */
@Entity({ name: 'fee_schedules' })
@Index('fee_schedules_one_per_date', ['tenantId', 'effectiveFrom'], { unique: true })
@Check('fee_schedules_currency', `currency ~ '^[A-Z]{3}$'`)
export class FeeSchedule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The first date of service it prices, YYYY-MM-DD. */
  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  @Column('uuid', { name: 'imported_by', nullable: true })
  importedBy: string | null;

  /** Present when one schedule is read; a list of schedules leaves them out. */
  @OneToMany(() => FeePrice, (price) => price.schedule, { cascade: ['insert'] })
  prices?: FeePrice[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
