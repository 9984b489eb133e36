import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ClaimChange, ClaimLifecycle } from '../../claims/claim-lifecycle';
import { ClaimStatus } from '../../claims/claim-status';
import { Claim } from '../../claims/claim.entity';
import { AcknowledgementFile, readAcknowledgementFile } from '../acknowledgement-file';
import { claimAcknowledgementVerdicts, functionalAcknowledgementVerdicts } from '../acknowledgement-verdicts';
import { ClaimOutcome, ClaimVerdictFor } from '../claim-outcome';
import { AcknowledgementView } from '../dto/acknowledgement.dto';
import { AcknowledgementKind, ReceivedAcknowledgement } from '../received-acknowledgement.entity';
import { ApplyAcknowledgementCommand } from './apply-acknowledgement.command';

const AWAITING_ANSWER: readonly ClaimStatus[] = ['submitted', 'acknowledged'];

/** Who answered, as the claim's history tells it: the clearinghouse checks the file (999), the payer the claim. */
const REJECTED_BY: Readonly<Record<AcknowledgementKind, string>> = {
  '999': 'rejected by the clearinghouse',
  '277CA': 'rejected by the payer',
};

/** A change the reply makes, before it is named: who (nobody, for the mailbox), when, and which file. */
type ReplyChange = Omit<ClaimChange, 'action'>;

const viewOf = (received: ReceivedAcknowledgement, duplicate: boolean): AcknowledgementView => ({
  id: received.id,
  kind: received.kind,
  receivedAt: received.receivedAt,
  duplicate,
  claims: received.outcomes,
});

/**
 * Applies a 999 or 277CA to the claims it names, all or nothing in one transaction, and keeps the file with what it
 * did. A file seen before (same bytes) answers what it did the first time and changes nothing; a claim that has
 * already moved past what the file says is left as it is.
 */
@Injectable()
export class ApplyAcknowledgement {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly lifecycle: ClaimLifecycle,
  ) {}

  execute(command: ApplyAcknowledgementCommand): Promise<AcknowledgementView> {
    const sha256 = createHash('sha256').update(command.content).digest('hex');
    return this.transactions.run(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`acknowledgement:${sha256}`]);
      const earlier = await manager.findOneBy(ReceivedAcknowledgement, { sha256 });
      if (earlier) return viewOf(earlier, true);
      const file = readAcknowledgementFile(command.content);
      const verdicts = await this.verdictsOf(manager, file);
      const reply = {
        actorUserId: command.actorUserId,
        now: command.now,
        details: { acknowledgement: file.kind, source: command.source },
      };
      const outcomes: ClaimOutcome[] = [];
      for (const verdict of verdicts) outcomes.push(await this.apply(manager, verdict, reply, REJECTED_BY[file.kind]));
      const received = await manager.save(
        manager.create(ReceivedAcknowledgement, {
          tenantId: command.tenantId,
          kind: file.kind,
          source: command.source,
          sha256,
          content: command.content,
          outcomes,
          receivedBy: command.actorUserId,
          receivedAt: command.now,
        }),
      );
      return viewOf(received, false);
    });
  }

  private async verdictsOf(manager: EntityManager, file: AcknowledgementFile): Promise<ClaimVerdictFor[]> {
    const verdicts: ClaimVerdictFor[] = [];
    if (file.kind === '999')
      for (const report of file.reports)
        verdicts.push(...(await functionalAcknowledgementVerdicts(manager, file.interchange, report)));
    else
      for (const report of file.reports)
        verdicts.push(...(await claimAcknowledgementVerdicts(manager, file.interchange, report)));
    return verdicts;
  }

  private async apply(
    manager: EntityManager,
    { claimId, patientControlNumber, verdict }: ClaimVerdictFor,
    reply: ReplyChange,
    rejection: string,
  ) {
    const unchanged: ClaimOutcome = { claimId, patientControlNumber, outcome: 'unchanged' };
    const claim = await this.lifecycle.lock(manager, claimId);
    if (verdict.kind === 'pending' || !AWAITING_ANSWER.includes(claim.status)) return unchanged;
    if (verdict.kind === 'rejected') {
      await this.lifecycle.reject(manager, claimId, verdict.reasons, { ...reply, action: rejection });
      return { claimId, patientControlNumber, outcome: 'rejected' as const, reasons: verdict.reasons };
    }
    if (claim.status === 'submitted') await this.acknowledge(manager, claim, reply);
    if (verdict.kind === 'acknowledged') return { claimId, patientControlNumber, outcome: 'acknowledged' as const };
    await this.lifecycle.accept(manager, claimId, verdict.payerClaimControlNumber, {
      ...reply,
      action: 'accepted by the payer',
    });
    return { claimId, patientControlNumber, outcome: 'accepted' as const };
  }

  private acknowledge(manager: EntityManager, claim: Claim, reply: ReplyChange): Promise<Claim> {
    return this.lifecycle.move(manager, claim, 'acknowledged', {
      ...reply,
      action: 'acknowledged by the clearinghouse',
    });
  }
}
