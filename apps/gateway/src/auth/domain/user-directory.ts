import type { Principal, Role } from '@artbridge/platform-auth';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** The demo users of API.md, password `demo` for all; only ever loaded on ARTBRIDGE_DEMO_USERS=true. */
export const DEMO_PASSWORD = 'demo';
export const DEMO_USERS: readonly { username: string; roles: Role[] }[] = [
  { username: 'exporter1', roles: ['EXPORTER'] },
  { username: 'exporter2', roles: ['EXPORTER'] },
  { username: 'officer1', roles: ['CUSTOMS_OFFICER'] },
  { username: 'finance1', roles: ['FINANCE'] },
  { username: 'operator1', roles: ['LOGISTICS_OPERATOR'] },
  { username: 'admin', roles: ['ADMIN'] },
];

const HASH_BYTES = 32;

/** scrypt (N=2^14, r=8, p=1): a stored password is a salt and this hash, never the password. */
export function hashPassword(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((done, fail) =>
    scrypt(password.normalize('NFC'), salt, HASH_BYTES, (error, hash) =>
      error ? fail(error) : done(hash),
    ),
  );
}

interface Account {
  username: string;
  roles: Role[];
  salt: Buffer;
  hash: Buffer;
}

export type SignInResult =
  { ok: true; principal: Principal } | { ok: false; reason: 'no-users' | 'bad-credentials' };

/**
 * Who may sign in. The password check takes the same time whether the user exists or not and
 * however much of the password is right: the supplied password is always hashed (against a
 * dummy account for an unknown name) and the hashes are compared with timingSafeEqual.
 */
export class UserDirectory {
  private constructor(
    private readonly accounts: ReadonlyMap<string, Account>,
    private readonly dummy: Account,
  ) {}

  static async of(
    users: readonly { username: string; roles: Role[]; password: string }[],
  ): Promise<UserDirectory> {
    const account = async (username: string, roles: Role[], password: string) => {
      const salt = randomBytes(16);
      return { username, roles: [...roles], salt, hash: await hashPassword(password, salt) };
    };
    const [dummy, ...accounts] = await Promise.all([
      account('', [], randomBytes(16).toString('hex')),
      ...users.map((user) => account(user.username, user.roles, user.password)),
    ]);
    return new UserDirectory(new Map(accounts.map((a) => [a.username, a])), dummy);
  }

  /** The demo users of API.md when `demoUsers`, else nobody. */
  static load(demoUsers: boolean): Promise<UserDirectory> {
    return UserDirectory.of(
      demoUsers ? DEMO_USERS.map((user) => ({ ...user, password: DEMO_PASSWORD })) : [],
    );
  }

  get size(): number {
    return this.accounts.size;
  }

  async signIn(username: string, password: string): Promise<SignInResult> {
    const known = this.accounts.get(username);
    const account = known ?? this.dummy;
    const hash = await hashPassword(password, account.salt);
    const matches = timingSafeEqual(hash, account.hash) && known !== undefined;
    if (matches) return { ok: true, principal: { username, roles: [...known.roles] } };
    return { ok: false, reason: this.accounts.size === 0 ? 'no-users' : 'bad-credentials' };
  }
}
