import { Commands, COMMANDS, runCli } from './cli';
import { CliError, EXIT, ExitCode } from './cli-error';
import type { CliIo, CommandContext } from './context';
import { noProgress, Progress } from './output/progress';

interface Call {
  command: keyof Commands;
  context: CommandContext;
  args: unknown[];
}

/** Stand-ins for every command: they note how they were called and answer `code`. */
function recording(code: ExitCode = EXIT.OK, failure?: Error) {
  const calls: Call[] = [];
  const commands = Object.fromEntries(
    Object.keys(COMMANDS).map((name) => [
      name,
      async (context: CommandContext, ...args: unknown[]) => {
        calls.push({ command: name as keyof Commands, context, args });
        if (failure) throw failure;
        return code;
      },
    ]),
  ) as unknown as Commands;
  return { calls, commands };
}

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: Progress = { bar: () => ({ update: () => undefined, stop: () => undefined }) };
  const cli: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env,
    progress,
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('artbridge command line: parsing', () => {
  it('imports artworks with the connection from options, before or after the command', async () => {
    const { calls, commands } = recording();
    const { cli } = io();
    const code = await runCli(
      [
        '--api',
        'http://gw.example:8080/api/',
        'import',
        'artworks',
        'works.jsonl',
        '-u',
        'exporter1',
        '--password',
        'demo',
      ],
      cli,
      commands,
    );
    expect(code).toBe(EXIT.OK);
    expect(calls).toHaveLength(1);
    const [{ command, context, args }] = calls;
    expect(command).toBe('importArtworks');
    expect(args).toEqual(['works.jsonl', { maxErrors: 10 }]);
    expect(context.settings).toEqual({
      api: 'http://gw.example:8080/api',
      user: 'exporter1',
      password: 'demo',
    });
    expect(context.progress).toBe(cli.progress);
  });

  it('takes the user, password and gateway from the environment, options first', async () => {
    const { calls, commands } = recording();
    const env = {
      ARTBRIDGE_USER: 'finance1',
      ARTBRIDGE_PASSWORD: 'secret',
      ARTBRIDGE_API: 'https://artbridge.example/api',
    };
    await runCli(['import', 'statement', 'may.xml', '--no-progress'], io(env).cli, commands);
    expect(calls[0].context.settings).toEqual({
      api: 'https://artbridge.example/api',
      user: 'finance1',
      password: 'secret',
    });
    expect(calls[0].context.progress).toBe(noProgress);
    await runCli(['import', 'fx', 'rates.csv', '--user', 'finance2'], io(env).cli, commands);
    expect(calls[1].context.settings.user).toBe('finance2');
    expect(calls[1].command).toBe('importFx');
    expect(calls[1].args).toEqual(['rates.csv', {}]);
  });

  it('defaults to the local gateway', async () => {
    const { calls, commands } = recording();
    await runCli(['dlq', 'list'], io().cli, commands);
    expect(calls[0].context.settings.api).toBe('http://127.0.0.1:3000/api');
  });

  it('passes statement and dead-letter options on', async () => {
    const { calls, commands } = recording();
    await runCli(
      [
        'import',
        'statement',
        'export.txt',
        '--format',
        'csv',
        '--account',
        'DE89370400440532013000',
      ],
      io().cli,
      commands,
    );
    await runCli(
      ['dlq', 'list', '--service', 'payments', '--pending', '--limit', '5'],
      io().cli,
      commands,
    );
    await runCli(['dlq', 'redrive', 'catalog', ID], io().cli, commands);
    await runCli(['dlq', 'redrive', '--all', '--service', 'customs'], io().cli, commands);
    await runCli(['demo', 'seed', '--json'], io().cli, commands);
    expect(calls.map(({ command, args }) => [command, args])).toEqual([
      ['importStatement', ['export.txt', { format: 'csv', account: 'DE89370400440532013000' }]],
      ['listDeadLetters', [{ service: 'payments', pending: true, limit: 5 }]],
      ['redriveDeadLetter', ['catalog', ID, {}]],
      ['redriveAll', ['customs', {}]],
      ['demoSeed', [{ demoPassword: 'demo', json: true }]],
    ]);
  });

  it('sets an artwork value: artworks value ID AMOUNT CURRENCY', async () => {
    const { calls, commands } = recording();
    expect(
      await runCli(
        ['artworks', 'value', ID, '150000.00', 'eur', '-u', 'exporter1'],
        io().cli,
        commands,
      ),
    ).toBe(EXIT.OK);
    expect(calls.map(({ command, args }) => [command, args])).toEqual([
      ['setArtworkValue', [ID, '150000.00', 'eur', {}]],
    ]);
    // an amount or currency left out is commander's usage error, nothing called
    const out = io();
    expect(await runCli(['artworks', 'value', ID, '150000.00'], out.cli, commands)).toBe(
      EXIT.USAGE,
    );
    expect(out.err()).toMatch(/^error: missing required argument 'currency'/);
    expect(calls).toHaveLength(1);
    const help = io();
    expect(await runCli(['artworks', 'value', '--help'], help.cli)).toBe(EXIT.OK);
    expect(help.out()).toContain(
      'Usage: artbridge artworks value [options] <id> <amount> <currency>',
    );
  });

  it('passes --charset on to each text import', async () => {
    const { calls, commands } = recording();
    await runCli(
      ['import', 'statement', 'bank.csv', '--charset', 'windows-1252'],
      io().cli,
      commands,
    );
    await runCli(['import', 'artworks', 'works.jsonl', '--charset', 'latin1'], io().cli, commands);
    await runCli(['import', 'fx', 'eurofxref.csv', '--charset', 'utf-8'], io().cli, commands);
    await runCli(['import', 'fx', 'eurofxref.csv'], io().cli, commands);
    expect(calls.map(({ command, args }) => [command, args])).toEqual([
      ['importStatement', ['bank.csv', { charset: 'windows-1252' }]],
      ['importArtworks', ['works.jsonl', { maxErrors: 10, charset: 'latin1' }]],
      ['importFx', ['eurofxref.csv', { charset: 'utf-8' }]],
      ['importFx', ['eurofxref.csv', {}]],
    ]);
  });

  it('says a wrong --charset or --format is a usage error (2) before reading the file', async () => {
    const missing = 'no-such-dir/missing.csv';
    for (const args of [
      ['import', 'statement', missing, '--charset', 'a b'],
      ['import', 'artworks', missing, '--charset', 'a b'],
      ['import', 'fx', missing, '--charset', 'a b'],
    ]) {
      const out = io();
      expect(await runCli(args, out.cli)).toBe(EXIT.USAGE);
      expect(out.err()).toContain(
        "artbridge: --charset must be an encoding name such as windows-1252 or utf-8, not 'a b'",
      );
    }
    const out = io();
    expect(await runCli(['import', 'statement', missing, '--format', 'pdf'], out.cli)).toBe(
      EXIT.USAGE,
    );
    expect(out.err()).toContain("artbridge: --format must be xml or csv, not 'pdf'");
  });

  it('takes --json on every command that prints a result, and passes it on', async () => {
    const { calls, commands } = recording();
    for (const argv of [
      ['import', 'artworks', 'works.jsonl', '--json'],
      ['import', 'statement', 'may.xml', '--json'],
      ['import', 'fx', 'eurofxref.csv', '--json'],
      ['artworks', 'value', ID, '48000.00', 'EUR', '--json'],
      ['dlq', 'list', '--json'],
      ['dlq', 'redrive', 'catalog', ID, '--json'],
      ['dlq', 'redrive', '--all', '--service', 'catalog', '--json'],
      ['demo', 'seed', '--json'],
    ]) {
      const out = io();
      expect({ argv, code: await runCli(argv, out.cli, commands), err: out.err() }).toEqual({
        argv,
        code: EXIT.OK,
        err: '',
      });
    }
    expect(calls.map(({ command, args }) => [command, args])).toEqual([
      ['importArtworks', ['works.jsonl', { maxErrors: 10, json: true }]],
      ['importStatement', ['may.xml', { json: true }]],
      ['importFx', ['eurofxref.csv', { json: true }]],
      ['setArtworkValue', [ID, '48000.00', 'EUR', { json: true }]],
      ['listDeadLetters', [{ limit: 100, json: true }]],
      ['redriveDeadLetter', ['catalog', ID, { json: true }]],
      ['redriveAll', ['catalog', { json: true }]],
      ['demoSeed', [{ demoPassword: 'demo', json: true }]],
    ]);
    // and says so in each one's help
    for (const argv of [
      ['import', 'artworks'],
      ['import', 'statement'],
      ['import', 'fx'],
      ['artworks', 'value'],
      ['dlq', 'list'],
      ['dlq', 'redrive'],
      ['demo', 'seed'],
    ]) {
      const help = io();
      expect(await runCli([...argv, '--help'], help.cli)).toBe(EXIT.OK);
      expect(help.out()).toMatch(/\n {2}--json {2,}\S/);
    }
  });

  it('answers the exit code of the command', async () => {
    const { commands } = recording(EXIT.REJECTED_LINES);
    expect(await runCli(['import', 'artworks', 'a.jsonl'], io().cli, commands)).toBe(3);
  });

  it.each([
    [
      ['dlq', 'redrive'],
      'artbridge: dlq redrive needs SERVICE and ID (or --all --service SERVICE)',
    ],
    [
      ['dlq', 'redrive', 'catalog'],
      'artbridge: dlq redrive needs SERVICE and ID (or --all --service SERVICE)',
    ],
    [
      ['dlq', 'redrive', '--all'],
      'artbridge: dlq redrive --all takes the service only: --all --service SERVICE',
    ],
    [
      ['dlq', 'redrive', '--all', 'catalog', ID],
      'artbridge: dlq redrive --all takes the service only: --all --service SERVICE',
    ],
    [
      ['dlq', 'redrive', '--service', 'catalog'],
      'artbridge: dlq redrive --service SERVICE needs --all, or give SERVICE ID',
    ],
    [
      ['--api', 'ftp://x', 'dlq', 'list'],
      "artbridge: --api 'ftp://x' must be an http or https URL",
    ],
    [
      ['--api', 'not a url', 'dlq', 'list'],
      "artbridge: --api 'not a url' is not a URL such as http://127.0.0.1:3000/api",
    ],
  ])('refuses %j in one line, exit code 2', async (argv, line) => {
    const { calls, commands } = recording();
    const out = io();
    expect(await runCli(argv, out.cli, commands)).toBe(EXIT.USAGE);
    expect(out.err()).toBe(`${line}\n`);
    expect(calls).toHaveLength(0);
  });

  it.each([
    [['import', 'artworks']],
    [['dlq', 'list', '--limit', 'many']],
    [['import', 'pictures', 'x.jsonl']],
    [['--colour']],
  ])('leaves %j to commander: its message, exit code 2', async (...argv) => {
    const { calls, commands } = recording();
    const out = io();
    expect(await runCli(argv[0], out.cli, commands)).toBe(EXIT.USAGE);
    expect(out.err()).toMatch(/^error: /);
    expect(calls).toHaveLength(0);
  });

  it('prints help and the version on stdout, exit code 0', async () => {
    const help = io();
    expect(await runCli(['--help'], help.cli)).toBe(EXIT.OK);
    expect(help.out()).toContain('Usage: artbridge');
    expect(help.out()).toContain('ARTBRIDGE_PASSWORD');
    const version = io();
    expect(await runCli(['--version'], version.cli)).toBe(EXIT.OK);
    expect(version.out()).toBe('0.1.0\n');
  });

  it('prints a command failure as its one line, with its exit code', async () => {
    const { commands } = recording(EXIT.OK, new CliError('works.jsonl: no such file'));
    const out = io();
    expect(await runCli(['import', 'artworks', 'works.jsonl'], out.cli, commands)).toBe(
      EXIT.FAILED,
    );
    expect(out.err()).toBe('works.jsonl: no such file\n');
  });

  it('prints an unexpected failure as one line, without a stack trace', async () => {
    const { commands } = recording(EXIT.OK, new TypeError('cannot read x of undefined\n  at y'));
    const out = io();
    expect(await runCli(['dlq', 'list'], out.cli, commands)).toBe(EXIT.FAILED);
    expect(out.err()).toBe('artbridge: something went wrong: cannot read x of undefined\n');
  });

  it('asks for credentials before calling anyone', async () => {
    const out = io();
    expect(await runCli(['dlq', 'list', '--user', 'admin'], out.cli)).toBe(EXIT.USAGE);
    expect(out.err()).toBe(
      'artbridge: sign in with --user and --password (or ARTBRIDGE_USER and ARTBRIDGE_PASSWORD)\n',
    );
  });
});
