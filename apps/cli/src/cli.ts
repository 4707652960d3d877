import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ApiError } from './api/api-client';
import { describeApiError } from './api/api-errors';
import { CliError, cliError, EXIT, ExitCode } from './cli-error';
import { setArtworkValue } from './commands/artwork-value';
import { demoSeed } from './commands/demo';
import { listDeadLetters, redriveAll, redriveDeadLetter, SERVICES } from './commands/dlq';
import { importArtworks } from './commands/import-artworks';
import { importFx } from './commands/import-fx';
import { importStatement } from './commands/import-statement';
import { CliIo, CommandContext, GlobalOptions } from './context';

export const CLI_VERSION = '0.1.0';

/** What the command line runs; tests of the parsing put stand-ins here. */
export const COMMANDS = {
  importArtworks,
  importStatement,
  importFx,
  listDeadLetters,
  redriveDeadLetter,
  redriveAll,
  demoSeed,
  setArtworkValue,
};
export type Commands = typeof COMMANDS;

function positiveInteger(raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new InvalidArgumentError('a whole number of at least 1 is needed.');
  return value;
}

/** `--charset`, the same for every text import (checked by the command, before the file is read). */
function charsetOption(): Option {
  return new Option(
    '--charset <name>',
    "the file's encoding when it is not UTF-8 (windows-1252, iso-8859-1…), sent in its Content-Type",
  );
}

/**
 * `--json`, the same for every command that prints a result: stdout holds one JSON document, the
 * API's answer with every field; notes, bars and errors stay on stderr, the exit code as without.
 */
function jsonOption(description = "the API's answer as JSON, every field"): Option {
  return new Option('--json', description);
}

const CONNECTION_HELP = `
Signing in: every command but demo seed signs in through POST /api/auth/token as --user with
--password, or ARTBRIDGE_USER and ARTBRIDGE_PASSWORD (better: the command line shows in ps).
The gateway is --api or ARTBRIDGE_API (default http://127.0.0.1:3000/api).

Exit codes: 0 done; 1 failed (a bad file, a refusal, a service not answering); 2 usage;
3 an artwork import that rejected some lines (the others are imported).`;

/**
 * The `artbridge` command line. `done` receives the exit code of the command that ran; a failure
 * is thrown (CliError: one line and its code).
 */
export function buildProgram(
  io: CliIo,
  done: (code: ExitCode) => void,
  commands: Commands = COMMANDS,
): Command {
  const program = new Command('artbridge')
    .description(
      'artbridge from the command line: imports (artworks, bank statements, FX rates), artwork values, dead letters, demo data.',
    )
    .version(CLI_VERSION, '-V, --version')
    .option('--api <url>', 'the gateway (ARTBRIDGE_API, default http://127.0.0.1:3000/api)')
    .option('-u, --user <name>', 'sign in as this user (ARTBRIDGE_USER)')
    .option('-p, --password <password>', 'the password (ARTBRIDGE_PASSWORD)')
    .option('--no-progress', 'draw no progress bars')
    .addHelpText('after', CONNECTION_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
    })
    .showHelpAfterError('(artbridge --help lists the commands)')
    .showSuggestionAfterError();
  const context = (command: Command) =>
    new CommandContext(io, command.optsWithGlobals<GlobalOptions>());

  const imports = program
    .command('import')
    .description('import a file through the API: artworks, a bank statement, FX rates');
  imports
    .command('artworks')
    .description(
      'JSON Lines of artworks (the Tate layout or the artwork attributes of docs/API.md) into the catalog, as an EXPORTER',
    )
    .argument('<file>', 'a .jsonl file, one artwork a line')
    .option('--show-errors <n>', 'rejected lines to print with their reasons', positiveInteger, 10)
    .addOption(charsetOption())
    .addOption(jsonOption("the import job's final state as JSON, every field"))
    .action(
      async (
        file: string,
        options: { showErrors: number; charset?: string; json?: boolean },
        command: Command,
      ) => {
        done(
          await commands.importArtworks(context(command), file, {
            maxErrors: options.showErrors,
            ...(options.charset !== undefined && { charset: options.charset }),
            ...(options.json && { json: true }),
          }),
        );
      },
    );
  imports
    .command('statement')
    .description('a bank statement (camt.053 XML or CSV) into payments, as FINANCE')
    .argument('<file>', 'camt.053 .xml, or .csv with date,amount,currency,reference,payer,iban')
    .option('--format <format>', 'xml or csv (default: by extension, else by content)')
    .option('--account <account>', 'our account a CSV export is for')
    .addOption(charsetOption())
    .addOption(jsonOption())
    .action(
      async (
        file: string,
        options: { format?: string; account?: string; charset?: string; json?: boolean },
        command: Command,
      ) => {
        done(await commands.importStatement(context(command), file, options));
      },
    );
  imports
    .command('fx')
    .description(
      'ECB reference rates (eurofxref.csv or eurofxref-hist.csv) into payments, as FINANCE',
    )
    .argument('<file>', 'an ECB reference-rate CSV')
    .addOption(charsetOption())
    .addOption(jsonOption())
    .action(
      async (file: string, options: { charset?: string; json?: boolean }, command: Command) => {
        done(await commands.importFx(context(command), file, options));
      },
    );

  program
    .command('artworks')
    .description('your artworks in the catalog, as an EXPORTER')
    .command('value')
    .description(
      'set the value of an AVAILABLE artwork of yours (an imported one comes in at 0.00 GBP): artworks value ID AMOUNT CURRENCY',
    )
    .argument('<id>', "the artwork's id")
    .argument('<amount>', "a decimal amount, at most the currency's minor digits (150000.00)")
    .argument('<currency>', 'an ISO 4217 code (GBP, EUR, CNY)')
    .addOption(jsonOption('the artwork as JSON, every field'))
    .action(
      async (
        id: string,
        amount: string,
        currency: string,
        options: { json?: boolean },
        command: Command,
      ) => {
        done(await commands.setArtworkValue(context(command), id, amount, currency, options));
      },
    );

  const dlq = program
    .command('dlq')
    .description(`the services' dead letters (${SERVICES.join(', ')}), as ADMIN`);
  dlq
    .command('list')
    .description('the dead letters of every service, or of one, oldest first')
    .option('-s, --service <service>', `only this one: ${SERVICES.join(', ')}`)
    .option('--pending', 'only those not redriven yet')
    .option('--limit <n>', 'at most this many per service', positiveInteger, 100)
    .option('--wide', 'errors in full')
    .addOption(jsonOption())
    .action(
      async (
        options: {
          service?: string;
          pending?: boolean;
          limit: number;
          wide?: boolean;
          json?: boolean;
        },
        command: Command,
      ) => {
        done(await commands.listDeadLetters(context(command), options));
      },
    );
  dlq
    .command('redrive')
    .description(
      'put a dead letter back on its original topic (once): dlq redrive SERVICE ID, or dlq redrive --all --service SERVICE',
    )
    .argument('[service]', SERVICES.join(', '))
    .argument('[id]', 'the ID column of dlq list')
    .option('--all', 'every pending dead letter of --service')
    .option('-s, --service <service>', 'with --all: the service')
    .addOption(jsonOption('the dead letters redriven as JSON, every field'))
    .action(
      async (
        service: string | undefined,
        id: string | undefined,
        options: { all?: boolean; service?: string; json?: boolean },
        command: Command,
      ) => {
        if (options.all) {
          const target = options.service ?? service;
          if (!target || id !== undefined || (options.service && service))
            throw cliError(
              'dlq redrive --all takes the service only: --all --service SERVICE',
              EXIT.USAGE,
            );
          done(await commands.redriveAll(context(command), target, { json: options.json }));
          return;
        }
        if (options.service && !service && id === undefined)
          throw cliError(
            'dlq redrive --service SERVICE needs --all, or give SERVICE ID',
            EXIT.USAGE,
          );
        if (!service || !id)
          throw cliError(
            'dlq redrive needs SERVICE and ID (or --all --service SERVICE)',
            EXIT.USAGE,
          );
        done(
          await commands.redriveDeadLetter(context(command), service, id, { json: options.json }),
        );
      },
    );

  program
    .command('demo')
    .description('demo data')
    .command('seed')
    .description(
      'the demo data of npm start (artworks and shipments, as the demo users), unless exporter1 has artworks already',
    )
    .option('--demo-password <password>', "the demo users' password", 'demo')
    .addOption(jsonOption('the outcome as JSON'))
    .action(async (options: { demoPassword: string; json?: boolean }, command: Command) => {
      done(await commands.demoSeed(context(command), options));
    });

  return program;
}

/** Runs the command line `argv` (without node and the script); answers the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: Commands = COMMANDS,
): Promise<number> {
  let code: ExitCode = EXIT.OK;
  const program = buildProgram(io, (result) => (code = result), commands);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return failed(error, io);
  }
}

/** One line on stderr, never a stack trace (unless ARTBRIDGE_DEBUG is set). */
function failed(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  if (error instanceof CliError) {
    io.stderr(`${error.line}\n`);
    return error.exitCode;
  }
  if (error instanceof ApiError) {
    io.stderr(`${describeApiError(error).line}\n`);
    return EXIT.FAILED;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`artbridge: something went wrong: ${message.split('\n')[0]}\n`);
  if (io.env['ARTBRIDGE_DEBUG'] && error instanceof Error && error.stack)
    io.stderr(`${error.stack}\n`);
  return EXIT.FAILED;
}
