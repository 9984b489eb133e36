import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { RefreshToken } from '../refresh-token.entity';
import { parseRefreshToken, revokeTokenFamily, secretMatches } from '../session-tokens';
import { LogoutCommand } from './logout.command';

/** Ends every session of the login the token belongs to; an unknown token changes nothing. */
@Injectable()
export class Logout {
  constructor(private readonly transactions: TenantTransactions) {}

  async execute({ now, refreshToken }: LogoutCommand): Promise<void> {
    const presented = parseRefreshToken(refreshToken);
    await this.transactions.runFor(presented.tenantId, async (manager) => {
      const stored = await manager.findOneBy(RefreshToken, { id: presented.tokenId });
      if (stored && secretMatches(stored, presented)) await revokeTokenFamily(manager, stored.familyId, now);
    });
  }
}
