import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { signAccessToken } from '@praxis/auth';
import { EntityManager, IsNull } from 'typeorm';
import { IDENTITY_CONFIG, IdentityConfig } from '../identity.config';
import { StaffMember } from '../staff/staff-member.entity';
import { RefreshToken } from './refresh-token.entity';
import { SessionTokens } from './session-tokens.dto';

export interface PresentedRefreshToken {
  tenantId: string;
  tokenId: string;
  secret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The refresh token names its clinic, so it can be looked up behind row-level security without a global index. */
export const parseRefreshToken = (token: string): PresentedRefreshToken => {
  const [tenantId, tokenId, secret, ...rest] = token.split('.');
  if (rest.length || !UUID.test(tenantId ?? '') || !UUID.test(tokenId ?? '') || !secret) {
    throw new UnauthorizedException('refresh token is not valid');
  }
  return { tenantId, tokenId, secret };
};

export const secretMatches = (stored: RefreshToken, presented: PresentedRefreshToken): boolean =>
  timingSafeEqual(Buffer.from(stored.secretHash), Buffer.from(digest(presented.secret)));

export const revokeTokenFamily = async (manager: EntityManager, familyId: string, now: Date): Promise<void> => {
  await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: now });
};

@Injectable()
export class SessionTokenIssuer {
  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {}

  async issue(
    manager: EntityManager,
    member: StaffMember,
    now: Date,
    familyId: string = randomUUID(),
  ): Promise<SessionTokens> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const stored = await manager.save(
      manager.create(RefreshToken, {
        id: randomUUID(),
        tenantId: member.tenantId,
        userId: member.id,
        familyId,
        secretHash: digest(secret),
        expiresAt,
      }),
    );
    const claims = { tenantId: member.tenantId, userId: member.id, roles: member.roles };
    return {
      tokenType: 'Bearer',
      accessToken: await signAccessToken(claims, this.config.ACCESS_TOKEN_SECRET, this.config.ACCESS_TOKEN_TTL_SECONDS),
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      refreshToken: `${member.tenantId}.${stored.id}.${secret}`,
    };
  }
}
