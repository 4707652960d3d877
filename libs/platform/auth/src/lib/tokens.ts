import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { Principal, Role, ROLES } from './principal';

export const TOKEN_ISSUER = 'artbridge';
export const TOKEN_TTL_SECONDS = 3600;
/** Verified tokens remembered per process; the oldest is forgotten first. */
const VERIFIED_TOKENS_KEPT = 1000;
/** How far the clock of the gateway that signs may run ahead of a service that checks. */
const CLOCK_SKEW_SECONDS = 60;

/** The claims of a token this platform issues, as `verify` insists on them. */
interface IssuedClaims {
  sub: string;
  iat: number;
  exp: number;
  roles?: unknown;
}

/**
 * Whether verified claims are those of a token the gateway issues: a string subject (the
 * username), an issue time, and an expiry at most TOKEN_TTL_SECONDS after it and from now.
 * jsonwebtoken itself accepts a token without `exp` forever, and any JSON value as `sub`.
 */
export function isIssuedClaims(
  claims: Record<string, unknown>,
  nowSeconds: number,
): claims is Record<string, unknown> & IssuedClaims {
  const { sub, iat, exp } = claims;
  return (
    typeof sub === 'string' &&
    sub !== '' &&
    typeof iat === 'number' &&
    Number.isFinite(iat) &&
    typeof exp === 'number' &&
    Number.isFinite(exp) &&
    exp - iat <= TOKEN_TTL_SECONDS &&
    // an issue time in the future would stretch the lifetime from now
    exp <= nowSeconds + TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS
  );
}

interface Verified {
  principal: Principal;
  /** The token's `exp`, in seconds since the epoch. */
  expiresAt: number;
}

/** Signs and checks the bearer tokens every service accepts (HS256, shared secret). */
export class Tokens {
  private readonly jwt: JwtService;
  /**
   * A client sends the same token with every request for an hour, and checking it (HMAC and
   * JSON) was 3% of a service's CPU in the saga bench. The key is the whole token, signature
   * included, so only a token that passed verification is found here; its expiry is checked
   * on every use, as jsonwebtoken does.
   */
  private readonly verified = new Map<string, Verified>();

  constructor(secret: string) {
    this.jwt = new JwtService({
      // A key object, not the string: given a string, jsonwebtoken first tries to read it as a
      // public key (and fails) on every verify, which cost more than the HMAC itself.
      secret: createSecretKey(Buffer.from(secret, 'utf8')),
      signOptions: { algorithm: 'HS256', issuer: TOKEN_ISSUER },
    });
  }

  /** A token for `principal`, valid `ttlSeconds` (at most TOKEN_TTL_SECONDS: verify refuses more). */
  sign(principal: Principal, ttlSeconds = TOKEN_TTL_SECONDS): string {
    if (ttlSeconds > TOKEN_TTL_SECONDS)
      throw new RangeError(`a token lives at most ${TOKEN_TTL_SECONDS} s, not ${ttlSeconds}`);
    return this.jwt.sign(
      { roles: principal.roles },
      { subject: principal.username, expiresIn: ttlSeconds },
    );
  }

  /**
   * The principal, or undefined for a token that is forged, expired or malformed, or that this
   * platform would not have issued: no `exp`, a `sub` that is not a string, a lifetime longer
   * than TOKEN_TTL_SECONDS.
   */
  verify(token: string): Principal | undefined {
    const known = this.verified.get(token);
    if (known) {
      // a copy: one request's principal must not be another's if a caller ever changes it
      if (Date.now() / 1000 < known.expiresAt) return copyOf(known.principal);
      this.verified.delete(token);
      return undefined;
    }
    try {
      const claims = this.jwt.verify<Record<string, unknown>>(token, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        // refuses a token issued longer ago than a token lives, and one without `iat`
        maxAge: TOKEN_TTL_SECONDS,
      });
      if (!isIssuedClaims(claims, Date.now() / 1000)) return undefined;
      const roles = Array.isArray(claims.roles)
        ? claims.roles.filter((r): r is Role => ROLES.includes(r as Role))
        : [];
      const principal: Principal = { username: claims.sub, roles };
      this.remember(token, { principal: copyOf(principal), expiresAt: claims.exp });
      return principal;
    } catch {
      return undefined;
    }
  }

  private remember(token: string, verified: Verified): void {
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
      this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, verified);
  }
}

const copyOf = (principal: Principal): Principal => ({ ...principal, roles: [...principal.roles] });
