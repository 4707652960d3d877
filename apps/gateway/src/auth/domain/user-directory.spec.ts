import { DEMO_USERS, UserDirectory } from './user-directory';

describe('UserDirectory', () => {
  it('signs in every demo user of API.md with password demo', async () => {
    const directory = await UserDirectory.load(true);
    expect(directory.size).toBe(6);
    for (const { username, roles } of DEMO_USERS) {
      expect(await directory.signIn(username, 'demo')).toEqual({
        ok: true,
        principal: { username, roles },
      });
    }
    expect(DEMO_USERS.map((u) => `${u.username}:${u.roles.join()}`)).toEqual([
      'exporter1:EXPORTER',
      'exporter2:EXPORTER',
      'officer1:CUSTOMS_OFFICER',
      'finance1:FINANCE',
      'operator1:LOGISTICS_OPERATOR',
      'admin:ADMIN',
    ]);
  });

  it('refuses a wrong password, an unknown user, and near misses', async () => {
    const directory = await UserDirectory.of([
      { username: 'officer1', roles: ['CUSTOMS_OFFICER'], password: 's3cret' },
    ]);
    const refused = { ok: false, reason: 'bad-credentials' };
    expect(await directory.signIn('officer1', 'S3cret')).toEqual(refused);
    expect(await directory.signIn('officer1', 's3cret ')).toEqual(refused);
    expect(await directory.signIn('officer1', '')).toEqual(refused);
    expect(await directory.signIn('Officer1', 's3cret')).toEqual(refused);
    expect(await directory.signIn('nobody', 's3cret')).toEqual(refused);
    expect(await directory.signIn('officer1', 's3cret')).toMatchObject({ ok: true });
  });

  it('has nobody unless demo users are asked for, and says so', async () => {
    const directory = await UserDirectory.load(false);
    expect(directory.size).toBe(0);
    expect(await directory.signIn('admin', 'demo')).toEqual({ ok: false, reason: 'no-users' });
  });

  it('never hands out a copy of its roles that a caller could change', async () => {
    const directory = await UserDirectory.load(true);
    const first = await directory.signIn('admin', 'demo');
    if (first.ok) first.principal.roles.push('EXPORTER');
    expect(await directory.signIn('admin', 'demo')).toMatchObject({
      principal: { roles: ['ADMIN'] },
    });
  });
});
