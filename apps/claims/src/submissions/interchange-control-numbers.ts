import { EntityManager } from 'typeorm';

/**
 * The next ISA13 for the clinic and receiver. The counter row is locked by the upsert until the transaction ends,
 * so concurrent submissions (on any replica) take distinct, increasing numbers, and a rolled-back one gives its
 * number back.
 */
export const nextInterchangeControlNumber = async (
  manager: EntityManager,
  tenantId: string,
  receiverId: string,
): Promise<number> => {
  const [{ last_value: controlNumber }] = await manager.query<{ last_value: number }[]>(
    `INSERT INTO interchange_control_numbers (tenant_id, receiver_id, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, receiver_id) DO UPDATE SET last_value = interchange_control_numbers.last_value + 1
     RETURNING last_value`,
    [tenantId, receiverId],
  );
  return controlNumber;
};
