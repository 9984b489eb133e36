import { EntityManager } from 'typeorm';

/** The clinic's next patient control number: short, digits only, unique per clinic. */
export const nextPatientControlNumber = async (manager: EntityManager, tenantId: string): Promise<string> => {
  const [{ last_number: number }] = await manager.query<{ last_number: number }[]>(
    `INSERT INTO claim_numbers (tenant_id, last_number) VALUES ($1, 1)
     ON CONFLICT (tenant_id) DO UPDATE SET last_number = claim_numbers.last_number + 1
     RETURNING last_number`,
    [tenantId],
  );
  return String(number).padStart(6, '0');
};
