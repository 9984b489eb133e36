import { Injectable, UnauthorizedException } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager, IsNull } from 'typeorm';
import { StaffMember } from '../staff/staff-member.entity';
import { RefreshToken } from './refresh-token.entity';
import { parseRefreshToken, PresentedRefreshToken, secretMatches, SessionTokenIssuer } from './session-tokens';
import { SessionTokens } from './session-tokens.dto';

const REJECTED = 'refresh token is not valid';

@Injectable()
export class RefreshSession {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly issuer: SessionTokenIssuer,
  ) {}

  async rotate(token: string): Promise<SessionTokens> {
    const presented = parseRefreshToken(token);
    const outcome = await this.transactions.runFor(presented.tenantId, (manager) => this.rotateIn(manager, presented));
    if (outcome instanceof UnauthorizedException) throw outcome;
    return outcome;
  }

  async revoke(token: string): Promise<void> {
    const presented = parseRefreshToken(token);
    await this.transactions.runFor(presented.tenantId, async (manager) => {
      const stored = await manager.findOneBy(RefreshToken, { id: presented.tokenId });
      if (stored && secretMatches(stored, presented)) await this.revokeFamily(manager, stored.familyId);
    });
  }

  /** A rotated token presented again means it was stolen or replayed: the whole family is revoked, and that sticks. */
  private async rotateIn(manager: EntityManager, presented: PresentedRefreshToken): Promise<SessionTokens | UnauthorizedException> {
    const stored = await manager.findOne(RefreshToken, { where: { id: presented.tokenId }, lock: { mode: 'pessimistic_write' } });
    if (!stored || !secretMatches(stored, presented)) return new UnauthorizedException(REJECTED);
    if (stored.rotatedAt || stored.revokedAt) {
      await this.revokeFamily(manager, stored.familyId);
      return new UnauthorizedException(REJECTED);
    }
    const member = await manager.findOneBy(StaffMember, { id: stored.userId });
    if (stored.expiresAt <= new Date() || !member?.active) return new UnauthorizedException(REJECTED);
    await manager.update(RefreshToken, stored.id, { rotatedAt: new Date() });
    return this.issuer.issue(manager, member, stored.familyId);
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
