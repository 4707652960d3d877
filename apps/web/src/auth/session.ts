/** The roles of docs/API.md. */
export const ROLES = [
  'EXPORTER',
  'CUSTOMS_OFFICER',
  'FINANCE',
  'LOGISTICS_OPERATOR',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export interface Session {
  token: string;
  username: string;
  roles: Role[];
  /** Epoch milliseconds after which the gateway refuses the token. */
  expiresAt: number;
}

/** Reads the claims the web needs from a JWT (the services verify it; the web only reads it). */
export function sessionFromToken(token: string, now = Date.now()): Session {
  const [, payload] = token.split('.');
  if (!payload) throw new Error('not a JWT');
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const claims = JSON.parse(json) as { sub?: string; roles?: string[]; exp?: number };
  return {
    token,
    username: claims.sub ?? '',
    roles: (claims.roles ?? []).filter((role): role is Role =>
      (ROLES as readonly string[]).includes(role),
    ),
    expiresAt: claims.exp ? claims.exp * 1000 : now + 3600_000,
  };
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return now >= session.expiresAt;
}

/** Where each role starts its day; the first matching role wins. */
export function homeFor(roles: readonly Role[]): string {
  if (roles.includes('ADMIN')) return '/customs/queue';
  if (roles.includes('CUSTOMS_OFFICER')) return '/customs/queue';
  if (roles.includes('FINANCE')) return '/finance/invoices';
  if (roles.includes('EXPORTER')) return '/exporter/artworks';
  if (roles.includes('LOGISTICS_OPERATOR')) return '/exporter/shipments';
  return '/sign-in';
}

const STORAGE_KEY = 'artbridge.session';

export function loadSession(storage: Storage, now = Date.now()): Session | undefined {
  const raw = storage.getItem(STORAGE_KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as Session;
    return isExpired(session, now) ? undefined : session;
  } catch {
    return undefined;
  }
}

export function saveSession(storage: Storage, session: Session | undefined): void {
  if (session) storage.setItem(STORAGE_KEY, JSON.stringify(session));
  else storage.removeItem(STORAGE_KEY);
}
