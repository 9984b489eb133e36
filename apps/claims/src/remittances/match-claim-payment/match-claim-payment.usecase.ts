import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { ClaimPaymentPosting } from '../claim-payment-posting';
import { ClaimPaymentRecord } from '../claim-payment.entity';
import { ClaimPaymentView } from '../dto/remittance.dto';
import { claimPaymentViewOf } from '../remittance-views';
import { Remittance } from '../remittance.entity';
import { MatchClaimPaymentCommand } from './match-claim-payment.command';

/**
 * The clerk names the claim an unmatched claim payment answers, and it posts then exactly as a match found at
 * intake would. A payment already posted, or held in an unbalanced remittance, is 409; one whose lines or amounts
 * do not fit the named claim is 422 with the reason, and nothing changes.
 */
@Injectable()
export class MatchClaimPayment {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly posting: ClaimPaymentPosting,
  ) {}

  execute(command: MatchClaimPaymentCommand): Promise<ClaimPaymentView> {
    return this.transactions.run(async (manager) => {
      const payment = await manager.findOne(ClaimPaymentRecord, {
        where: { id: command.claimPaymentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!payment) throw new NotFoundError('claim payment', command.claimPaymentId);
      if (payment.posting !== 'unmatched')
        throw new ConflictError(
          `this claim payment is ${payment.posting}: only an unmatched one can be matched by hand`,
        );
      const remittance = await manager.findOneByOrFail(Remittance, { id: payment.remittanceId });
      await this.posting.post(manager, payment, command.claimId, {
        actorUserId: command.actorUserId,
        now: command.now,
        details: { remittanceId: remittance.id, traceNumber: remittance.traceNumber, source: 'matched by hand' },
      });
      if (payment.posting === 'unmatched')
        throw new UnprocessableError(`the claim payment cannot be posted to this claim: ${payment.unmatchedReason}`);
      return claimPaymentViewOf(await manager.save(payment), true);
    });
  }
}
