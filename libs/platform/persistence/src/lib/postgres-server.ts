import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { databaseNameOf, databaseUrl } from './database-url';

const run = promisify(execFile);

export class PostgresUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostgresUnavailableError';
  }
}

async function canConnect(url: string): Promise<Error | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return error as Error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function isLocal(url: string): boolean {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname);
}

/** Debian's clusters under /etc/postgresql/<version>/<name>, started by pg_ctlcluster. */
async function startLocalCluster(): Promise<boolean> {
  if (!existsSync('/usr/bin/pg_ctlcluster') || !existsSync('/etc/postgresql')) return false;
  for (const version of readdirSync('/etc/postgresql')) {
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']).catch(
      () => undefined,
    );
  }
  return true;
}

/**
 * Makes sure the server of `url` answers. On this kind of machine, a local server that is down is
 * started with pg_ctlcluster; anything else fails with one clear line.
 */
export async function ensurePostgresServer(url: string): Promise<void> {
  const maintenance = databaseUrl(url, 'postgres');
  let error = await canConnect(maintenance);
  if (!error) return;
  if (isLocal(url) && (await startLocalCluster())) {
    for (let attempt = 0; attempt < 30 && error; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      error = await canConnect(maintenance);
    }
    if (!error) return;
  }
  const where = new URL(url);
  throw new PostgresUnavailableError(
    `PostgreSQL does not answer at ${where.hostname}:${where.port || 5432} (${error.message}); ` +
      'start it or set DATABASE_URL to a server that runs',
  );
}

/** Creates the database when it is missing; safe to call from several processes at once. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  const client = new Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client
        .query(`CREATE DATABASE ${quoteIdentifier(name)}`)
        .catch((error: { code?: string }) => {
          if (error.code !== '42P04') throw error; // created meanwhile by another process
        });
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    await client.query(
      `DROP DATABASE IF EXISTS ${quoteIdentifier(databaseNameOf(url))} WITH (FORCE)`,
    );
  } finally {
    await client.end();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
