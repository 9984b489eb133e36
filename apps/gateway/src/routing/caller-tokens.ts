import { Inject, Injectable } from '@nestjs/common';
import {
  AccessClaims,
  INTERNAL_TOKEN_TTL_SECONDS,
  signInternalToken,
  TokenClaims,
  verifyAccessToken,
} from '@praxis/auth';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';

/** A Map that forgets its oldest entry when full, so a flood of distinct tokens cannot grow it without bound. */
class BoundedMap<V> extends Map<string, V> {
  constructor(private readonly capacity: number) {
    super();
  }

  override set(key: string, value: V): this {
    if (this.size >= this.capacity && !this.has(key)) this.delete(this.keys().next().value as string);
    return super.set(key, value);
  }
}

interface ReusableToken {
  token: string;
  renewAtMs: number;
}

const callerKeyOf = (caller: TokenClaims) =>
  `${caller.tenantId ?? ''}|${caller.userId ?? ''}|${caller.roles.join(',')}`;

/**
 * The signatures the gateway checks and makes on every request, each done once per token rather than once per
 * request. A verified access token is remembered until its own expiry (revocation is still checked on every request,
 * against the claims); an internal token serves the same caller for INTERNAL_TOKEN_REUSE_MS, well inside its lifetime.
 */
@Injectable()
export class CallerTokens {
  private readonly verified: BoundedMap<AccessClaims>;
  private readonly internal: BoundedMap<ReusableToken>;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.verified = new BoundedMap(config.TOKEN_CACHE_ENTRIES);
    this.internal = new BoundedMap(config.TOKEN_CACHE_ENTRIES);
  }

  /** Throws InvalidTokenError as verifyAccessToken does; an expired token is verified again, so it is refused as expired. */
  async verifiedAccessClaims(token: string | undefined): Promise<AccessClaims> {
    const known = token === undefined ? undefined : this.verified.get(token);
    if (known && Date.now() < known.expiresAtSeconds * 1000) return known;
    if (token !== undefined) this.verified.delete(token);
    const claims = await verifyAccessToken(token, this.config.ACCESS_TOKEN_SECRET);
    this.verified.set(token as string, claims);
    return claims;
  }

  /** Carries no request id: the request names itself in `x-request-id`, which the services read when the token is silent. */
  async internalTokenFor(caller: TokenClaims): Promise<string> {
    const key = callerKeyOf(caller);
    const now = Date.now();
    const known = this.internal.get(key);
    if (known && now < known.renewAtMs) return known.token;
    const token = await signInternalToken(
      { tenantId: caller.tenantId, userId: caller.userId, roles: caller.roles, requestId: '' },
      this.config.INTERNAL_TOKEN_SECRET,
    );
    this.internal.set(key, { token, renewAtMs: now + this.reuseMs() });
    return token;
  }

  /** A reused token must still have more life left than the longest a service may take to answer. */
  private reuseMs(): number {
    return Math.min(
      this.config.INTERNAL_TOKEN_REUSE_MS,
      INTERNAL_TOKEN_TTL_SECONDS * 1000 - this.config.UPSTREAM_TIMEOUT_MS - 1000,
    );
  }
}
