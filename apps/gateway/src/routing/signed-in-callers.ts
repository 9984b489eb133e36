import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AccessClaims, InvalidTokenError } from '@praxis/auth';
import type { IncomingMessage } from 'node:http';
import { RevokedSessions } from '../revocations/revoked-sessions';
import { CallerTokens } from './caller-tokens';

const bearerOf = (request: IncomingMessage): string | undefined => {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
};

/** Who sent a request, wherever the gateway needs a signed-in caller: a valid access token that was not revoked, or 401. */
@Injectable()
export class SignedInCallers {
  constructor(
    private readonly tokens: CallerTokens,
    private readonly revoked: RevokedSessions,
  ) {}

  async of(request: IncomingMessage): Promise<AccessClaims> {
    const claims = await this.tokens.verifiedAccessClaims(bearerOf(request)).catch((error: unknown) => {
      throw new UnauthorizedException(
        error instanceof InvalidTokenError ? `access token ${error.reason}` : 'unauthorized',
      );
    });
    if (this.revoked.isRevoked(claims))
      throw new UnauthorizedException('access token revoked: your account was changed, sign in again');
    return claims;
  }
}
