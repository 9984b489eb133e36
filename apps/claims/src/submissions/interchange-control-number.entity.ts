import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last interchange control number a clinic used with a receiver; numbers count up per clinic and receiver. */
@Entity({ name: 'interchange_control_numbers' })
export class InterchangeControlNumber {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('varchar', { name: 'receiver_id' })
  receiverId: string;

  @Column('integer', { name: 'last_value' })
  lastValue: number;
}
