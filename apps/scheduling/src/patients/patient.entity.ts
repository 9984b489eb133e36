import { ApiHideProperty } from '@nestjs/swagger';
import { sqlValues } from '@praxis/platform';
import {
  BeforeInsert,
  BeforeUpdate,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { PatientAddress } from './dto/address.dto';
import { nameKey } from './patient-name-key';

export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof sexes)[number];

@Entity({ name: 'patients' })
@Index('patients_by_name', ['tenantId', 'lastNameKey', 'firstNameKey'])
@Index('patients_by_date_of_birth', ['tenantId', 'dateOfBirth'])
@Index('patients_by_phone', ['tenantId', 'phone'])
@Index('patients_by_registration', ['tenantId', 'createdAt', 'id'])
// Lets coverages reference (tenant_id, id), so a coverage can never point at another clinic's patient.
@Unique('patients_tenant_and_id', ['tenantId', 'id'])
@Check('patients_sex_check', `"sex" IN (${sqlValues(sexes)})`)
export class Patient {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column({ name: 'first_name' })
  firstName: string;

  @Column({ name: 'middle_name', type: 'character varying', nullable: true })
  middleName: string | null;

  @Column({ name: 'last_name' })
  lastName: string;

  /**
   * Search keys kept beside the names rather than an index on lower(...): row-level security lets only leakproof
   * functions use an index, and lower() is not one. The "C" collation makes starts_with() an index range scan.
   */
  @ApiHideProperty()
  @Column({ name: 'first_name_key', type: 'character varying', collation: 'C', select: false })
  firstNameKey: string;

  @ApiHideProperty()
  @Column({ name: 'last_name_key', type: 'character varying', collation: 'C', select: false })
  lastNameKey: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Column({ type: 'character varying' })
  sex: Sex;

  @Column('jsonb')
  address: PatientAddress;

  /** E.164, e.g. +13125550100. */
  @Column()
  phone: string;

  @Column({ type: 'character varying', nullable: true })
  email: string | null;

  /** Millisecond precision, so the page cursor (a JavaScript Date) names a row exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected deriveNameKeys(): void {
    this.firstNameKey = nameKey(this.firstName);
    this.lastNameKey = nameKey(this.lastName);
  }
}
