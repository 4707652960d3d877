import { ALL_MESSAGES, STREAM_DESCRIPTIONS, type Stream, Streams } from '@artbridge/contracts';
import { messageName } from '@artbridge/platform-service';
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ASYNCAPI_FILE, REGENERATE_COMMAND } from './asyncapi-document';

const ROOT = resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, read loosely
const document = (): any => JSON.parse(readFileSync(join(ROOT, ASYNCAPI_FILE), 'utf8'));

/**
 * The committed AsyncAPI document of the messages is what the generator writes from the
 * contracts as they are now, it is valid AsyncAPI 3.0, and it holds every message.
 */
describe('the AsyncAPI document of the messages', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'artbridge-asyncapi-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  beforeAll(() => {
    execFileSync(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'tools/openapi/asyncapi-document.ts',
        '--out',
        join(scratch, 'asyncapi.json'),
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  }, 120_000);

  it('is up to date', () => {
    if (
      readFileSync(join(ROOT, ASYNCAPI_FILE), 'utf8') !==
      readFileSync(join(scratch, 'asyncapi.json'), 'utf8')
    ) {
      throw new Error(
        `${ASYNCAPI_FILE} is stale (a contract changed since it was generated): run ` +
          `\`npm run openapi:metadata\` (which runs \`${REGENERATE_COMMAND}\` too) and commit the result`,
      );
    }
  });

  it('is valid AsyncAPI 3.0 (the specification’s own JSON Schema)', () => {
    // the specification's schema bundles the draft-07 meta-schema itself
    const ajv = new Ajv({ strict: false, allErrors: true, meta: false, validateSchema: false });
    const validate = ajv.compile(
      JSON.parse(
        readFileSync(require.resolve('@asyncapi/specs/schemas/3.0.0.json'), 'utf8'),
      ) as object,
    );
    expect(validate(document()) ? [] : validate.errors).toEqual([]);
  });

  it('holds every message of the contracts on its stream, every reference resolving', () => {
    const { channels, operations, components } = document();
    for (const definition of ALL_MESSAGES) {
      const name = messageName(definition);
      expect(channels[definition.stream].messages[name]).toBeDefined();
      if (definition.kind === 'event')
        expect(operations[`${definition.type.split('.')[0]}.sends.${name}`].action).toBe('send');
    }
    expect(Object.keys(components.messages)).toHaveLength(ALL_MESSAGES.length);
    const text = readFileSync(join(ROOT, ASYNCAPI_FILE), 'utf8');
    const unresolved = [...text.matchAll(/"\$ref": "#\/([^"]+)"/g)]
      .map(([, pointer]) => pointer)
      .filter((pointer) => {
        let node: unknown = document();
        for (const segment of pointer.split('/'))
          node = (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/')];
        return node === undefined;
      });
    expect(unresolved).toEqual([]);
  });

  it('names the services that take each message, from their handlers', () => {
    const { operations } = document();
    const receivers = (name: string) =>
      Object.keys(operations)
        .filter((id) => id.endsWith(`.receives.${name}`))
        .map((id) => id.split('.')[0]);
    expect(receivers('catalog.artworks.reserve.v1')).toEqual(['catalog']);
    expect(receivers('catalog.artworks.reserved.v1')).toEqual(['logistics']);
    expect(receivers('customs.declaration.import-cleared.v1').sort()).toEqual([
      'logistics',
      'payments',
    ]);
    // every command has a service that takes it
    for (const definition of ALL_MESSAGES.filter(({ kind }) => kind === 'command'))
      expect(receivers(messageName(definition))).not.toEqual([]);
  });

  it('names the service that sends each command, from what it declares and does not take', () => {
    const { operations } = document();
    const senders = (name: string) =>
      Object.keys(operations)
        .filter((id) => id.endsWith(`.sends.${name}`))
        .map((id) => id.split('.')[0]);
    expect(senders('catalog.artworks.reserve.v1')).toEqual(['logistics']);
    expect(senders('customs.declaration.file.v1')).toEqual(['logistics']);
    expect(senders('payments.invoice.issue.v1')).toEqual(['logistics']);
    // every command has a service that sends it, and none is sent by the service that takes it
    for (const definition of ALL_MESSAGES.filter(({ kind }) => kind === 'command')) {
      const name = messageName(definition);
      expect([name, senders(name)]).toEqual([name, [expect.any(String)]]);
      expect(senders(name)).not.toContain(definition.type.split('.')[0]);
    }
  });

  it('describes every channel: what its stream carries', () => {
    const { channels } = document();
    for (const [stream, channel] of Object.entries<{ description?: string }>(channels))
      expect([stream, channel.description]).toEqual([
        stream,
        STREAM_DESCRIPTIONS[stream as Stream],
      ]);
    expect(Object.keys(channels).sort()).toEqual(Object.values(Streams).sort());
  });

  it('has no service reading the shipment stream, which every journey writes five events to', () => {
    // A consumer of a topic reads all of it, and skips what it has no handler for: a service
    // hearing one shipment event would read every journey's lifecycle too. What services hear of
    // a shipment travels on the customs-regime stream instead.
    const readers = (stream: string) =>
      Object.entries<{ action: string; channel: { $ref: string } }>(document().operations)
        .filter(([, op]) => op.action === 'receive' && op.channel.$ref === `#/channels/${stream}`)
        .map(([id]) => id);
    expect(readers(Streams.logisticsShipment)).toEqual([]);
    expect(
      readers(Streams.logisticsCustomsRegime)
        .map((id) => id.split('.')[0])
        .sort(),
    ).toEqual(['catalog', 'customs', 'customs', 'customs']);
  });

  it('describes a payload with its contract class’s bounds, in JSON Schema', () => {
    const { schemas } = document().components;
    expect(schemas['ShipmentArtworksV1'].properties.artworkIds).toMatchObject({
      type: 'array',
      minItems: 1,
      maxItems: 100,
    });
    expect(JSON.stringify(schemas)).not.toContain('"nullable"');
  });
});
