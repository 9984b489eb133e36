import { Injectable, UnauthorizedException } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { StaffMember } from '../../staff/staff-member.entity';
import { RefreshToken } from '../refresh-token.entity';
import {
  parseRefreshToken,
  PresentedRefreshToken,
  revokeTokenFamily,
  secretMatches,
  SessionTokenIssuer,
} from '../session-tokens';
import { SessionTokens } from '../session-tokens.dto';
import { RefreshSessionCommand } from './refresh-session.command';

const REJECTED = 'refresh token is not valid';

@Injectable()
export class RefreshSession {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly issuer: SessionTokenIssuer,
  ) {}

  async execute({ now, refreshToken }: RefreshSessionCommand): Promise<SessionTokens> {
    const presented = parseRefreshToken(refreshToken);
    const outcome = await this.transactions.runFor(presented.tenantId, (manager) =>
      this.rotate(manager, presented, now),
    );
    if (outcome instanceof UnauthorizedException) throw outcome;
    return outcome;
  }

  /** A rotated token presented again means it was stolen or replayed: the whole family is revoked, and that sticks. */
  private async rotate(
    manager: EntityManager,
    presented: PresentedRefreshToken,
    now: Date,
  ): Promise<SessionTokens | UnauthorizedException> {
    const stored = await manager.findOne(RefreshToken, {
      where: { id: presented.tokenId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!stored || !secretMatches(stored, presented)) return new UnauthorizedException(REJECTED);
    if (stored.rotatedAt || stored.revokedAt) {
      await revokeTokenFamily(manager, stored.familyId, now);
      return new UnauthorizedException(REJECTED);
    }
    const member = await manager.findOneBy(StaffMember, { id: stored.userId });
    if (stored.expiresAt <= now || !member?.active) return new UnauthorizedException(REJECTED);
    await manager.update(RefreshToken, stored.id, { rotatedAt: now });
    return this.issuer.issue(manager, member, now, stored.familyId);
  }
}
