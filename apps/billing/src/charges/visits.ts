import { NotFoundError } from '@praxis/platform';
import { EntityManager, FindOptionsOrder } from 'typeorm';
import { BillingVisit } from './billing-visit.entity';
import { Charge } from './charge.entity';

/** A visit's lines as scheduling listed them, a corrected line after the charge it voided. */
export const CHARGE_LINE_ORDER: FindOptionsOrder<Charge> = {
  lineNumber: 'ASC',
  voidedAt: { direction: 'ASC', nulls: 'LAST' },
};

/** The visit with its charge lines in order, a corrected line after the charges it voided; `lock` holds it against a concurrent release or hold. */
export const findVisit = async (manager: EntityManager, id: string, { lock = false } = {}): Promise<BillingVisit> => {
  if (lock) await manager.query(`SELECT 1 FROM billing_visits WHERE id = $1 FOR UPDATE`, [id]);
  const visit = await manager.findOne(BillingVisit, {
    where: { id },
    relations: { charges: true },
    order: { charges: CHARGE_LINE_ORDER },
  });
  if (!visit) throw new NotFoundError('visit', id);
  return visit;
};
