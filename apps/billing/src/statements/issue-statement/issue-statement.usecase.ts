import { Injectable } from '@nestjs/common';
import { IdempotentRequests } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { PatientStatement } from '../patient-statement.entity';
import { StatementIssuer } from '../statement-issuer';
import { IssueStatementCommand } from './issue-statement.command';

/** A clerk sends one patient a statement now, outside the clinic's statement run. */
@Injectable()
export class IssueStatement {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly issuer: StatementIssuer,
  ) {}

  execute({
    tenantId,
    patientId,
    force = false,
    idempotencyKey,
    actorUserId,
    now,
  }: IssueStatementCommand): Promise<PatientStatement> {
    return this.transactions.run(async (manager) => {
      const { result } = await this.idempotency.once(manager, idempotencyKey, { statementFor: patientId, force }, () =>
        this.issuer.issue(manager, { tenantId, patientId, asOf: now, force, runId: null, actorUserId }),
      );
      return result;
    });
  }
}
