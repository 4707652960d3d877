import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');

/** The services behind the gateway, each with a main.ts that can describe itself. */
export const SERVICES = ['catalog', 'customs', 'payments', 'logistics'] as const;

/**
 * What an app's main.ts prints as JSON when started with `command` (`openapi`: its OpenAPI
 * document; `messages`: the message types it takes and the commands it sends), `stdin` given to it. Each in a process of
 * its own, as npm runs it, with the default configuration whatever this shell's says.
 */
export async function describeApp(
  app: string,
  command: 'openapi' | 'messages',
  stdin = '',
): Promise<unknown> {
  const child = promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', `apps/${app}/src/main.ts`, command],
    { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 64 * 1024 * 1024 },
  );
  child.child.stdin?.end(stdin);
  return JSON.parse((await child).stdout) as unknown;
}
