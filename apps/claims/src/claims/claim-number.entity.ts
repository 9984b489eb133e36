import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last patient control number a clinic issued; numbers count up per clinic. */
@Entity({ name: 'claim_numbers' })
export class ClaimNumber {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('integer', { name: 'last_number' })
  lastNumber: number;
}
