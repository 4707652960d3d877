import type { AnswerOf } from '@artbridge/public-api';
import { ApiClient, ApiError } from '../api/api-client';
import { describeApiError } from '../api/api-errors';
import { cliError, EXIT, ExitCode } from '../cli-error';
import type { CommandContext } from '../context';
import { DeadLetterView, formatDeadLetters, plural } from '../output/format';
import { printJson } from '../output/json';

/** The services behind the gateway, each with its own dead letters. */
export const SERVICES = ['catalog', 'customs', 'payments', 'logistics'] as const;
export type Service = (typeof SERVICES)[number];

export function parseService(name: string): Service {
  const service = name.toLowerCase();
  if (!(SERVICES as readonly string[]).includes(service))
    throw cliError(`unknown service '${name}': one of ${SERVICES.join(', ')}`, EXIT.USAGE);
  return service as Service;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseDeadLetterId(id: string): string {
  if (!UUID.test(id))
    throw cliError(`'${id}' is not a dead-letter id (the ID column of dlq list)`, EXIT.USAGE);
  return id.toLowerCase();
}

/** `artbridge: customs is not reachable (ECONNREFUSED)`, naming the service when the API does not. */
function serviceProblem(service: Service, error: ApiError): string {
  const message = describeApiError(error).line.replace(/^artbridge: /, '');
  return `artbridge: ${message.startsWith(service) ? '' : `${service}: `}${message}`;
}

/** GET /api/<service>/dead-letters, as any of the services answers it. */
type DeadLetterPage = AnswerOf<`${Service}_DeadLettersController_list`>;
/** POST /api/<service>/dead-letters/{id}/redrive */
type RedrivenLetter = AnswerOf<`${Service}_DeadLettersController_redrive`>;

/** Dead letters read over several pages, and how many there are in all. */
interface Page {
  items: DeadLetterView[];
  total: number;
}

const PAGE_SIZE = 500;

/** Up to `limit` dead letters of one service, oldest first, and how many there are in all. */
async function fetchDeadLetters(
  client: ApiClient,
  service: Service,
  options: { pending?: boolean; limit: number },
): Promise<Page> {
  const items: DeadLetterView[] = [];
  let total = 0;
  const pageSize = Math.min(PAGE_SIZE, options.limit);
  for (let page = 1; items.length < options.limit; page++) {
    const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
    if (options.pending) query.set('status', 'PENDING');
    const answer = await client.get<DeadLetterPage>(`/${service}/dead-letters?${query}`);
    total = answer.total;
    items.push(...answer.items);
    if (answer.items.length < pageSize) break;
  }
  return { items: items.slice(0, options.limit), total };
}

export interface ListOptions {
  service?: string;
  pending?: boolean;
  json?: boolean;
  wide?: boolean;
  /** Per service. */
  limit?: number;
}

/**
 * `artbridge dlq list [--service X]`: the dead letters of every service (or one), through
 * GET /api/<service>/dead-letters, in one table. A service that does not answer is said on
 * stderr and makes the exit code 1; the others are still listed.
 */
export async function listDeadLetters(
  context: CommandContext,
  options: ListOptions = {},
): Promise<ExitCode> {
  const services = options.service ? [parseService(options.service)] : [...SERVICES];
  const limit = options.limit ?? 100;
  const client = await context.signIn();
  const answers = await Promise.all(
    services.map(async (service) => {
      try {
        return { service, page: await fetchDeadLetters(client, service, { ...options, limit }) };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        // not an administrator: the same answer from every service, said once
        if (error.status === 401 || error.status === 403)
          throw describeApiError(error, { user: context.settings.user });
        return { service, error: serviceProblem(service, error) };
      }
    }),
  );
  const letters = answers.flatMap(({ service, page }) =>
    (page?.items ?? []).map((letter) => ({ service, ...letter })),
  );
  if (options.json) {
    printJson(context.io, letters);
  } else if (letters.length === 0) {
    const answered = answers.filter((answer) => answer.page).map((answer) => answer.service);
    if (answered.length > 0)
      context.io.stdout(
        `No ${options.pending ? 'pending ' : ''}dead letters (${answered.join(', ')}).\n`,
      );
  } else {
    context.io.stdout(formatDeadLetters(letters, { wide: options.wide }));
    for (const { service, page } of answers)
      if (page && page.total > page.items.length)
        context.io.stdout(`${service}: showing ${page.items.length} of ${page.total} (--limit)\n`);
  }
  const failed = answers.filter((answer) => answer.error);
  for (const { error } of failed) context.io.stderr(`${error}\n`);
  return failed.length > 0 ? EXIT.FAILED : EXIT.OK;
}

/** What a redrive says: the message goes back to where it was read from. */
function redriven(service: Service, letter: DeadLetterView): string {
  return `redriven ${letter.id} (${service}): ${letter.messageType ?? 'message'} back to ${letter.topic}\n`;
}

/**
 * `artbridge dlq redrive SERVICE ID`: POST /api/<service>/dead-letters/{id}/redrive, which puts
 * the original message back on its original topic through the service's outbox. Once only: a
 * second time is refused (409). `--json`: the redriven dead letter with its service, as
 * `dlq list --json` shows each.
 */
export async function redriveDeadLetter(
  context: CommandContext,
  serviceName: string,
  rawId: string,
  options: { json?: boolean } = {},
): Promise<ExitCode> {
  const service = parseService(serviceName);
  const id = parseDeadLetterId(rawId);
  const client = await context.signIn();
  const letter = await context.calling(() =>
    client.post<RedrivenLetter>(`/${service}/dead-letters/${id}/redrive`),
  );
  if (options.json) printJson(context.io, { service, ...letter });
  else context.io.stdout(redriven(service, letter));
  return EXIT.OK;
}

/**
 * `artbridge dlq redrive --all --service SERVICE`: every dead letter of the service pending now
 * (a message that fails again after its redrive becomes a new one, left for the next run).
 * `--json`: the dead letters redriven (an empty list when none was pending), each with its
 * service; those refused are said on stderr all the same.
 */
export async function redriveAll(
  context: CommandContext,
  serviceName: string,
  options: { json?: boolean } = {},
): Promise<ExitCode> {
  const service = parseService(serviceName);
  const client = await context.signIn();
  const { items } = await context.calling(() =>
    fetchDeadLetters(client, service, { pending: true, limit: Number.MAX_SAFE_INTEGER }),
  );
  if (items.length === 0) {
    if (options.json) printJson(context.io, []);
    else context.io.stdout(`No pending dead letters in ${service}.\n`);
    return EXIT.OK;
  }
  const bar = context.progress.bar('redrive', items.length, 'letters');
  const done: (RedrivenLetter & { service: Service })[] = [];
  const problems: string[] = [];
  try {
    for (const letter of items) {
      try {
        const answer = await client.post<RedrivenLetter>(
          `/${service}/dead-letters/${letter.id}/redrive`,
        );
        done.push({ service, ...answer });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.status === 401 || error.status === 403)
          throw describeApiError(error, { user: context.settings.user });
        problems.push(`${serviceProblem(service, error)} (${letter.id})`);
      }
      bar.update(done.length + problems.length);
    }
  } finally {
    bar.stop();
  }
  if (options.json) {
    printJson(context.io, done);
  } else {
    context.io.stdout(done.map((letter) => redriven(service, letter)).join(''));
    context.io.stdout(
      `${service}: ${plural(done.length, 'dead letter')} redriven${problems.length ? `, ${problems.length} not` : ''}\n`,
    );
  }
  for (const problem of problems) context.io.stderr(`${problem}\n`);
  return problems.length > 0 ? EXIT.FAILED : EXIT.OK;
}
