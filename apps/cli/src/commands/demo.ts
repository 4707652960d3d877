import { CliError, EXIT, ExitCode } from '../cli-error';
import type { CommandContext } from '../context';
import { DEMO_PASSWORD, seedDemoData } from '../demo/demo-seed';
import { printJson } from '../output/json';

export interface DemoSeedOptions {
  json?: boolean;
  /** The demo users' password (demo). */
  demoPassword?: string;
}

/**
 * `artbridge demo seed`: the demo data of `npm start` (artworks of exporter1 and exporter2, three
 * shipments), put in through the gateway as the demo users, unless exporter1 has artworks
 * already. The demo users exist only where the gateway runs with ARTBRIDGE_DEMO_USERS=true.
 */
export async function demoSeed(
  context: CommandContext,
  options: DemoSeedOptions = {},
): Promise<ExitCode> {
  const outcome = await seedDemoData(
    context.settings.api,
    undefined,
    options.demoPassword ?? DEMO_PASSWORD,
  ).catch((error: unknown) => {
    if (error instanceof CliError && error.line.startsWith('artbridge: signing in as'))
      throw new CliError(
        `${error.line} (the demo users exist only where the gateway runs with ARTBRIDGE_DEMO_USERS=true, as under npm start)`,
      );
    throw error;
  });
  // there already (artwork ids known) is fine; not knowing is not
  const code = outcome.seeded || outcome.artworkIds.length > 0 ? EXIT.OK : EXIT.FAILED;
  if (options.json) {
    printJson(context.io, outcome);
  } else if (outcome.seeded) {
    context.io.stdout(`Demo data seeded:\n${outcome.lines.map((line) => `  ${line}\n`).join('')}`);
  } else if (code === EXIT.OK) {
    context.io.stdout(`Not seeded: ${outcome.reason}.\n`);
  } else {
    context.io.stderr(`artbridge: not seeded: ${outcome.reason}\n`);
  }
  return code;
}
