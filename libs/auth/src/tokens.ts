import { errors, jwtVerify, SignJWT } from 'jose';

export interface TokenClaims {
  tenantId?: string;
  userId?: string;
  roles: string[];
}

export interface InternalClaims extends TokenClaims {
  /** Empty when the token may serve several requests: each one then names itself in the `x-request-id` header. */
  requestId: string;
}

export class InvalidTokenError extends Error {
  constructor(readonly reason: 'missing' | 'expired' | 'invalid' | 'revoked') {
    super(`token ${reason}`);
  }
}

const INTERNAL = { issuer: 'praxis-gateway', audience: 'praxis-internal' };
const ACCESS = { issuer: 'praxis-identity', audience: 'praxis-api' };
const keyOf = (secret: string) => new TextEncoder().encode(secret);

const sign = (
  claims: Record<string, unknown>,
  secret: string,
  scope: typeof INTERNAL,
  ttlSeconds: number,
  subject?: string,
) => {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(scope.issuer)
    .setAudience(scope.audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`);
  return (subject ? jwt.setSubject(subject) : jwt).sign(keyOf(secret));
};

const verify = async (token: string | undefined, secret: string, scope: typeof INTERNAL) => {
  if (!token) throw new InvalidTokenError('missing');
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { ...scope, algorithms: ['HS256'] });
    return payload;
  } catch (error) {
    throw new InvalidTokenError(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
  }
};

const claimsOf = (payload: Record<string, unknown>): TokenClaims => ({
  tenantId: typeof payload.tid === 'string' ? payload.tid : undefined,
  userId: typeof payload.sub === 'string' ? payload.sub : undefined,
  roles: Array.isArray(payload.roles) ? payload.roles.filter((role): role is string => typeof role === 'string') : [],
});

export const INTERNAL_TOKEN_TTL_SECONDS = 60;

/** The gateway vouches for the caller to the services with a short-lived token; services accept nothing else. */
export const signInternalToken = (claims: InternalClaims, secret: string): Promise<string> =>
  sign(
    { tid: claims.tenantId, roles: claims.roles, rid: claims.requestId || undefined },
    secret,
    INTERNAL,
    INTERNAL_TOKEN_TTL_SECONDS,
    claims.userId,
  );

export const verifyInternalToken = async (token: string | undefined, secret: string): Promise<InternalClaims> => {
  const payload = await verify(token, secret, INTERNAL);
  return { ...claimsOf(payload), requestId: typeof payload.rid === 'string' ? payload.rid : '' };
};

export const signAccessToken = (claims: Required<TokenClaims>, secret: string, ttlSeconds: number): Promise<string> =>
  sign({ tid: claims.tenantId, roles: claims.roles }, secret, ACCESS, ttlSeconds, claims.userId);

export interface AccessClaims extends Required<TokenClaims> {
  /** Whole seconds, as JWT `iat` carries it. */
  issuedAtSeconds: number;
  /** Whole seconds, as JWT `exp` carries it: the token is refused from this second on. */
  expiresAtSeconds: number;
}

export const verifyAccessToken = async (token: string | undefined, secret: string): Promise<AccessClaims> => {
  const payload = await verify(token, secret, ACCESS);
  const claims = claimsOf(payload);
  if (!claims.tenantId || !claims.userId || typeof payload.iat !== 'number' || typeof payload.exp !== 'number')
    throw new InvalidTokenError('invalid');
  return {
    tenantId: claims.tenantId,
    userId: claims.userId,
    roles: claims.roles,
    issuedAtSeconds: payload.iat,
    expiresAtSeconds: payload.exp,
  };
};

export const INTERNAL_TOKEN_HEADER = 'x-internal-token';
