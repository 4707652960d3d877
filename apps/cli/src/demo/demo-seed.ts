import { setTimeout as sleep } from 'node:timers/promises';
import type { BodyOf, Schema } from '@artbridge/public-api';
import { ApiClient, ApiError } from '../api/api-client';
import { describeApiError } from '../api/api-errors';
import { cliError } from '../cli-error';
import {
  DEMO_ARTWORKS,
  DEMO_IP_LICENCES,
  DEMO_SHIPMENTS,
  type DemoShipment,
  type ShipmentStatus,
} from './demo-data';

/** The password of the demo users of docs/API.md. */
export const DEMO_PASSWORD = 'demo';

/** How long the seed waits for the demo shipments' sagas to settle, and how often it looks. */
const SETTLE_WAIT = { timeoutMs: 30_000, intervalMs: 250 };

/**
 * Where the saga waits for a person (an officer, the buyer, the operator, the carrier) or has
 * ended: a demo shipment there stays put, so what the seed prints is where the demo leaves it.
 */
export const SETTLED_STATUSES: readonly ShipmentStatus[] = [
  'PENDING_REVIEW',
  'AWAITING_PAYMENT',
  'PAID',
  'IN_TRANSIT',
  'DELIVERED',
  'DISPUTED',
  'COMPLETED',
  'CANCELLED',
];

/** What the steps share: the gateway, demo users signed in, and what earlier steps made. */
export class SeedContext {
  /** Demo key → id of what was created, e.g. 'corot-ville-davray' → artwork id. */
  readonly artworks = new Map<string, { id: string; owner: string }>();
  private readonly clients = new Map<string, Promise<ApiClient>>();

  constructor(
    readonly api: string,
    private readonly password = DEMO_PASSWORD,
  ) {}

  /** A demo user, signed in once (POST /auth/token, like any client). */
  as(username: string): Promise<ApiClient> {
    if (!this.clients.has(username))
      this.clients.set(username, ApiClient.signIn(this.api, username, this.password));
    return this.clients.get(username)!;
  }

  /** POST as `username`; a refusal is one line saying which demo record it was. */
  async post<T>(username: string, path: string, body: unknown, what: string): Promise<T> {
    const client = await this.as(username);
    try {
      return await client.post<T>(path, body);
    } catch (error) {
      if (error instanceof ApiError)
        throw cliError(
          `demo ${what}: ${describeApiError(error, { user: username }).line.replace(/^artbridge: /, '')}`,
        );
      throw error;
    }
  }
}

/** One part of the demo data; runs after the steps before it and may use what they made. */
export interface SeedStep {
  name: string;
  /** A line for the banner: what was made. */
  run(context: SeedContext): Promise<string>;
}

const artworks: SeedStep = {
  name: 'artworks',
  async run(context) {
    for (const { key, owner, attributes } of DEMO_ARTWORKS) {
      const { id } = await context.post<Schema<'catalog.ArtworkResponse'>>(
        owner,
        '/catalog/artworks',
        attributes,
        `artwork ${key}`,
      );
      context.artworks.set(key, { id, owner });
    }
    const count = (owner: string) => DEMO_ARTWORKS.filter((a) => a.owner === owner).length;
    return `${DEMO_ARTWORKS.length} artworks (exporter1: ${count('exporter1')} Chinese ink paintings, exporter2: ${count('exporter2')} European oils)`;
  },
};

/** Where a demo shipment got to, read back from the API. */
export interface ReachedStatus {
  status: ShipmentStatus;
  /** False when the wait ran out with the saga still moving. */
  settled: boolean;
  /** Why it is not where the story says, when the API tells (customs' findings, a cancellation). */
  why?: string;
}

/**
 * The banner line of a demo shipment: its story, and the status it really reached, so a story
 * the services no longer bear out shows as such instead of being told as if it were true.
 */
export function shipmentLine(
  shipment: Pick<DemoShipment, 'story' | 'reaches'> & { id: string; owner: string },
  reached: ReachedStatus,
): string {
  const line = `  ${shipment.id}  ${shipment.owner}: ${shipment.story}`;
  if (reached.status === shipment.reaches) return `${line} [${reached.status}]`;
  const where = reached.settled ? reached.status : `still ${reached.status}, not settled`;
  const why = reached.why ? ` (${reached.why})` : '';
  return `${line} [NOT AS TOLD: ${where}${why}; the story needs ${shipment.reaches}]`;
}

type Shipment = Schema<'logistics.ShipmentResponse'>;

/** The shipments read back until each has its story's status or settled elsewhere (bounded). */
async function settle(
  context: SeedContext,
  submitted: { id: string; owner: string; demo: DemoShipment }[],
): Promise<Map<string, Shipment>> {
  const deadline = Date.now() + SETTLE_WAIT.timeoutMs;
  const latest = new Map<string, Shipment>();
  for (;;) {
    for (const { id, owner } of submitted)
      latest.set(id, await (await context.as(owner)).get<Shipment>(`/logistics/shipments/${id}`));
    const moving = submitted.filter(({ id, demo }) => {
      const { status } = latest.get(id)!;
      return status !== demo.reaches && !SETTLED_STATUSES.includes(status);
    });
    if (moving.length === 0 || Date.now() >= deadline) return latest;
    await sleep(SETTLE_WAIT.intervalMs);
  }
}

/** Why a shipment is not where its story says: the customs findings that decided, or the cancellation. */
async function whyNotAsTold(
  context: SeedContext,
  owner: string,
  shipment: Shipment,
): Promise<string | undefined> {
  if (shipment.cancellationReason) return shipment.cancellationReason;
  if (!shipment.declarationId) return undefined;
  try {
    const declaration = await (
      await context.as(owner)
    ).get<Schema<'customs.DeclarationResponse'>>(`/customs/declarations/${shipment.declarationId}`);
    const deciding = declaration.items
      .flatMap((item) => item.findings)
      .filter((finding) => finding.effect !== 'INFO')
      .map((finding) => `${finding.ruleId} ${finding.effect}`);
    return deciding.length > 0 ? `customs: ${[...new Set(deciding)].join(', ')}` : undefined;
  } catch (error) {
    if (error instanceof ApiError) return undefined; // the line says the status all the same
    throw error;
  }
}

const shipments: SeedStep = {
  name: 'shipments',
  async run(context) {
    const submitted: { id: string; owner: string; demo: DemoShipment }[] = [];
    for (const demo of DEMO_SHIPMENTS) {
      const { artwork, body } = demo;
      const { id: artworkId, owner } = context.artworks.get(artwork)!;
      const { id } = await context.post<Schema<'logistics.SubmittedShipmentResponse'>>(
        owner,
        '/logistics/shipments',
        {
          artworkIds: [artworkId],
          ...body,
        } satisfies BodyOf<'logistics_ShipmentsController_submit'>,
        `shipment of ${artwork}`,
      );
      submitted.push({ id, owner, demo });
    }
    // the stories are checked, not told: each line says the status the saga really reached
    const latest = await settle(context, submitted);
    const made: string[] = [];
    for (const { id, owner, demo } of submitted) {
      const shipment = latest.get(id)!;
      const asTold = shipment.status === demo.reaches;
      made.push(
        shipmentLine(
          { id, owner, story: demo.story, reaches: demo.reaches },
          {
            status: shipment.status,
            settled: asTold || SETTLED_STATUSES.includes(shipment.status),
            why: asTold ? undefined : await whyNotAsTold(context, owner, shipment),
          },
        ),
      );
    }
    return `${made.length} shipments, each with the status it reached:\n${made.join('\n')}`;
  },
};

/** This year's first day to the next year's last (UTC): the demo licence is valid today. */
export function demoLicencePeriod(
  today = new Date(),
): Pick<Schema<'catalog.RegisterIpLicenceDto'>, 'validFrom' | 'validTo'> {
  const year = today.getUTCFullYear();
  return { validFrom: `${year}-01-01`, validTo: `${year + 1}-12-31` };
}

const ipLicences: SeedStep = {
  name: 'ip-licences',
  async run(context) {
    const made: string[] = [];
    for (const { owner, licence, products } of DEMO_IP_LICENCES) {
      // a licensee who already holds licences keeps them as they are (run again: nothing twice)
      const client = await context.as(owner);
      const held = await client.get<Schema<'catalog.IpLicencePageResponse'>>(
        '/catalog/ip-licences?pageSize=1',
      );
      if (held.total > 0) continue;
      const { id } = await context.post<Schema<'catalog.IpLicenceResponse'>>(
        owner,
        '/catalog/ip-licences',
        {
          ...licence,
          ...demoLicencePeriod(),
        } satisfies BodyOf<'catalog_IpLicencesController_register'>,
        `licence of ${licence.licensor}`,
      );
      for (const product of products)
        await context.post<Schema<'catalog.ArtworkResponse'>>(
          owner,
          `/catalog/ip-licences/${id}/products`,
          product,
          `product ${product.sku}`,
        );
      made.push(`${owner}: ${licence.licensor}, ${products.length} product(s)`);
    }
    return `${made.length} IP licence(s) with their products${made.length ? ` (${made.join('; ')})` : ''}`;
  },
};

/** In order; later steps use what earlier ones made (context.artworks has the ids). */
export const SEED_STEPS: readonly SeedStep[] = [artworks, shipments, ipLicences];

/** What `artbridge demo seed --json` prints (tools/start reads it for its banner). */
export type SeedOutcome =
  | { seeded: true; lines: string[]; artworkIds: string[] }
  | { seeded: false; reason: string; artworkIds: string[] };

/**
 * Seeds the demo data unless exporter1 already has artworks (a platform started before).
 * `api` is the gateway's /api base URL.
 */
export async function seedDemoData(
  api: string,
  steps: readonly SeedStep[] = SEED_STEPS,
  password = DEMO_PASSWORD,
): Promise<SeedOutcome> {
  const context = new SeedContext(api, password);
  const exporter1 = await context.as('exporter1');
  let existing: Schema<'catalog.ArtworkPageResponse'>;
  try {
    existing = await exporter1.get('/catalog/artworks?pageSize=5');
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return {
      seeded: false,
      reason: `cannot tell whether exporter1 has artworks (GET /api/catalog/artworks answered ${error.status}), so not seeding`,
      artworkIds: [],
    };
  }
  if (existing.total > 0) {
    return {
      seeded: false,
      reason: `exporter1 already has ${existing.total} artworks: demo data kept as it is`,
      artworkIds: existing.items.map((item) => item.id),
    };
  }
  const lines = [];
  for (const step of steps) lines.push(await step.run(context));
  return {
    seeded: true,
    lines,
    artworkIds: [...context.artworks.values()]
      .filter((artwork) => artwork.owner === 'exporter1')
      .map((artwork) => artwork.id),
  };
}
