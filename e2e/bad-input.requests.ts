/**
 * The malformed requests of e2e/bad-input.int-spec.ts: a fixed list (nothing random), derived
 * for each operation of the gateway's merged OpenAPI document from its path, query and header
 * parameters and its body (the known-good body below, as API.md gives it, else one made from
 * the schema's examples).
 */

/** The parts of an OpenAPI 3 document the sweep reads. */
export interface Schema {
  type?: string;
  format?: string;
  $ref?: string;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: Schema }> }
  >;
  security?: unknown[];
  summary?: string;
  description?: string;
  'x-roles'?: string[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One malformed request. */
export interface BadRequest {
  method: string;
  /** The path template, e.g. /api/catalog/artworks/{id}. */
  template: string;
  /** What is wrong with it, for the report: `body.value.amount = a number`. */
  what: string;
  /** The path to send, parameters filled in and query attached, not encoded any further. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array | FormData;
  /** A 400 must name this (a field, a parameter, `body`) in one of its messages. */
  names?: string;
}

/** The records made before the sweep, whose ids fill path parameters and documented bodies. */
export interface Seeded {
  artworkId: string;
  shippedArtworkId: string;
  shipmentId: string;
  declarationId: string;
  invoiceId: string;
  licenceId: string;
  importId: string;
  entryId: string;
}

/** An id nobody has: a well-formed UUID, so the request gets past the id's check. */
export const UNKNOWN_ID = '0190a1b2-0000-7000-8000-00000000dead';

/**
 * The time a carrier, warehouse or inspector reports: the sweep's start, a little before the
 * seeded shipments' steps. Reported times are believed within a few minutes of the step before
 * them (a condition report's of the submission), so a fixed date would refuse the good body
 * itself, hiding the field each bad request is about.
 */
const AT = new Date().toISOString();
const MONEY = { amount: '48000.00', currency: 'EUR' };
const PACKAGE = {
  type: 'CRATE',
  material: 'PLYWOOD',
  ispm15Marked: true,
  grossKg: 42.5,
  dimensionsCm: { length: 120, width: 20, height: 100 },
};
const PARTY = { name: 'Galerie Lumière', country: 'FR', address: '12 rue de Seine, Paris' };

/** API.md's artwork attributes, every optional one given, so each is also sent wrong. */
export const ARTWORK = {
  title: 'Estuary at Dusk',
  artist: { name: 'Clara Whitcombe', birthYear: 1978, deathYear: 2024, ethnicMinority: false },
  creationYear: 2019,
  creationYearEnd: 2020,
  category: 'PAINTING',
  technique: 'OIL',
  handExecuted: true,
  portrait: false,
  medium: 'Oil on canvas',
  materials: [{ material: 'ROSEWOOD', weightGrams: 1200.5, acquiredYear: 2018 }],
  dimensions: { heightCm: 60, widthCm: 80.5, depthCm: 4 },
  value: MONEY,
  ownedByCreator: false,
  originCountry: 'GB',
  provenance: [{ year: 2019, owner: 'the artist', event: 'painted' }],
};

/** The shipment API.md describes (and seeds), the optional parts included. */
export function shipmentBody(artworkId: string) {
  return {
    artworkIds: [artworkId],
    consignee: PARTY,
    origin: { country: 'GB', place: 'London' },
    destination: { country: 'FR', place: 'Paris' },
    purpose: 'SALE',
    incoterm: { rule: 'DAP', place: 'Paris' },
    transportMode: 'AIR',
    price: MONEY,
    insurance: { insuredValue: { amount: '52800.00', currency: 'EUR' }, clauses: 'A' },
    packages: [PACKAGE],
    ftzBonded: false,
  };
}

/**
 * A good body of each JSON operation, as API.md and the DTOs give it: its schema in the OpenAPI
 * document says which properties there are, not values the route accepts (a country code, a
 * currency, a day that is not in the past), and a good body is what the wrong values are put
 * into one at a time.
 */
function documentedBodies(seeded: Seeded): Record<string, unknown> {
  return {
    'POST /api/catalog/artworks': ARTWORK,
    'POST /api/customs/assessments': {
      exportCountry: 'GB',
      importCountry: 'FR',
      purpose: 'SALE',
      date: '2026-11-24',
      ftzBonded: false,
      ftzReleased: false,
      declarationKind: 'EXPORT',
      items: [ARTWORK],
    },
    'POST /api/customs/declarations/{id}/decisions': { decision: 'REQUEST_INFO', reason: 'why?' },
    'POST /api/customs/declarations/{id}/licences': {
      type: 'EU_EXPORT_LICENCE',
      number: 'GB-2026-0001',
      issuer: 'Arts Council England',
      // a licence is valid for at most 12 months from today (the route refuses a later date)
      validUntil: new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10),
      artworkId: seeded.shippedArtworkId,
    },
    'POST /api/customs/declarations/{id}/answers': { message: 'the licence is attached' },
    'POST /api/payments/reconciliation/{entryId}/match': { invoiceId: seeded.invoiceId },
    'POST /api/payments/reconciliation/{entryId}/dismiss': { reason: 'a refund of a deposit' },
    'POST /api/logistics/shipments': shipmentBody(seeded.shippedArtworkId),
    'POST /api/logistics/shipments/{id}/dispatch': { packages: [PACKAGE] },
    'POST /api/logistics/shipments/{id}/tracking-events': {
      type: 'PICKED_UP',
      location: 'London',
      at: AT,
      custody: { from: 'Gallery', to: 'Carrier', signedBy: 'J. Smith' },
    },
    'POST /api/logistics/shipments/{id}/acceptance': { accepted: false, reason: 'not as sold' },
    'POST /api/logistics/shipments/{id}/condition-reports': {
      stage: 'ORIGIN',
      inspector: 'A. Conservator',
      at: AT,
      notes: 'good condition overall',
      photoRefs: ['photos/front.jpg'],
      damages: [{ location: 'lower left corner', description: 'a scratch', severity: 'MINOR' }],
    },
    'POST /api/logistics/shipments/{id}/admission/extensions': { reason: 'the show runs on' },
    'POST /api/logistics/shipments/{id}/return': {
      consignee: PARTY,
      incoterm: { rule: 'DAP', place: 'London' },
      transportMode: 'AIR',
      insurance: { insuredValue: MONEY, clauses: 'A' },
      packages: [PACKAGE],
    },
    'POST /api/logistics/shipments/{id}/bonded-storage': {
      zone: 'Shanghai FTZ',
      warehouse: 'Bonded Art Warehouse 1',
      location: 'bay 4',
      at: AT,
    },
    'POST /api/logistics/shipments/{id}/bonded-storage/release': { at: AT },
    'POST /api/logistics/shipments/{id}/bonded-storage/re-export': {
      at: AT,
      destination: { country: 'HK', place: 'Hong Kong' },
    },
  };
}

const line = (record: unknown) => `${JSON.stringify(record)}\n`;
const STATEMENT_CSV = 'date,amount,currency,reference,payer,iban\n';
const CAMT053 = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>BAD-INPUT-1</MsgId><CreDtTm>2026-05-15T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>BAD-INPUT-STMT-1</Id>
      <CreDtTm>2026-05-15T06:00:00</CreDtTm>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Ntry>
        <Amt Ccy="EUR">4200.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-05-14</Dt></BookgDt><ValDt><Dt>2026-05-14</Dt></ValDt>
        <AcctSvcrRef>BAD-INPUT-XML-1</AcctSvcrRef>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;

interface Upload {
  type: string;
  /** a file the route takes, cut short and sent in the wrong ways */
  good: string;
  /** files with something wrong inside: [what, media type, content] */
  bad: [string, string, string][];
}

/** The routes that take a file (their requestBody is an upload, not JSON). */
export const UPLOADS: Record<string, Upload> = {
  'POST /api/catalog/imports': {
    type: 'application/x-ndjson',
    good: line({ ...ARTWORK, title: 'Imported Dusk' }) + line(ARTWORK),
    // an import takes the file (202) and rejects bad lines one by one: the job must complete
    bad: [
      [
        'a line nested 5,000 deep',
        'application/x-ndjson',
        `${line(ARTWORK)}{"title": "deep", "x": ${'['.repeat(5000)}${']'.repeat(5000)}}\n${line(ARTWORK)}`,
      ],
      ['a NUL in a title', 'application/x-ndjson', line({ ...ARTWORK, title: 'a\u0000b' })],
      [
        'a lone surrogate in a provenance',
        'application/x-ndjson',
        line({ ...ARTWORK, provenance: [{ year: 2019, owner: 'a\ud800b', event: 'painted' }] }),
      ],
      ['an artist as an array', 'application/x-ndjson', line({ ...ARTWORK, artist: [{}] })],
      [
        'a 40-digit amount',
        'application/x-ndjson',
        line({ ...ARTWORK, value: { amount: '9'.repeat(40), currency: 'EUR' } }),
      ],
      ['a NUL byte', 'application/x-ndjson', `${line(ARTWORK).slice(0, 20)}\u0000\n`],
    ],
  },
  'POST /api/payments/statements': {
    type: 'text/csv',
    // a CSV, as `?account=` applies to it (a camt.053 names its own account)
    good: `${STATEMENT_CSV}2026-05-14,4200.00,EUR,RF18BADINPUT,Galerie Lumière,\n2026-05-14,75.25,EUR,no reference,Atelier Nord,\n`,
    bad: [
      [
        'an amount no column holds',
        'text/csv',
        `${STATEMENT_CSV}2026-05-14,99999999999999999.00,EUR,RF18BAD,Payer,\n`,
      ],
      ['a camt.053 cut short', 'application/xml', CAMT053.slice(0, Math.floor(CAMT053.length / 2))],
      [
        'an amount no column holds',
        'application/xml',
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><GrpHdr><MsgId>BIG</MsgId></GrpHdr><Stmt><Id>BIG</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct><Ntry><Amt Ccy="EUR">99999999999999999.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-05-14</Dt></BookgDt><AcctSvcrRef>BIG-1</AcctSvcrRef></Ntry></Stmt></BkToCstmrStmt></Document>',
      ],
      [
        'a NUL byte in a payer',
        'text/csv',
        `${STATEMENT_CSV}2026-05-14,10.00,EUR,x,No\u0000body,\n`,
      ],
      ['a day that does not exist', 'text/csv', `${STATEMENT_CSV}2026-02-30,10.00,EUR,x,Payer,\n`],
      [
        'a 2,000-character payer',
        'text/csv',
        `${STATEMENT_CSV}2026-05-14,10.00,EUR,x,${'p'.repeat(2000)},\n`,
      ],
      [
        'elements nested 20,000 deep',
        'application/xml',
        `<Document>${'<X>'.repeat(20_000)}${'</X>'.repeat(20_000)}</Document>`,
      ],
    ],
  },
  'POST /api/payments/fx-rates': {
    type: 'text/csv',
    good: 'Date,USD,JPY,GBP,\n2026-04-14,1.1720,186.50,0.8561,\n2026-04-13,1.1690,186.10,0.8550,\n',
    bad: [
      ['a rate of 1e308', 'text/csv', 'Date,USD,\n2026-04-14,1e308,\n'],
      ['a 40-digit rate', 'text/csv', `Date,USD,\n2026-04-14,${'9'.repeat(40)},\n`],
      ['a negative rate', 'text/csv', 'Date,USD,\n2026-04-14,-1.17,\n'],
      ['a day that does not exist', 'text/csv', 'Date,USD,\n2026-02-30,1.17,\n'],
      ['a NUL byte', 'text/csv', 'Date,USD,\n2026-04-14,1.17\u0000,\n'],
    ],
  },
};

/**
 * Query parameters API.md gives, which the OpenAPI document must list (the sweep takes the
 * parameters it sends from there): the spec checks they are.
 */
export const DOCUMENTED_QUERY_PARAMETERS: Record<string, string[]> = {
  'GET /api/customs/declarations': ['status', 'sort', 'kind'],
  'GET /api/payments/invoices': ['shipmentId', 'status'],
  'GET /api/payments/reconciliation': ['status'],
  'GET /api/payments/ledger/balances': ['currency'],
  'GET /api/payments/reports/open-invoices-by-age': ['basis', 'asOf'],
  'GET /api/payments/reports/escrow-held': ['from', 'to'],
  'GET /api/logistics/shipments': ['status'],
  'POST /api/payments/statements': ['account'],
};

/** Which seeded record a path's parameter names; an unknown id elsewhere. */
function idFor(template: string, seeded: Seeded): string {
  const owners: [string, string][] = [
    ['/api/catalog/artworks/', seeded.artworkId],
    ['/api/catalog/imports/', seeded.importId],
    ['/api/catalog/ip-licences/', seeded.licenceId],
    ['/api/customs/declarations/', seeded.declarationId],
    ['/api/payments/invoices/', seeded.invoiceId],
    ['/api/payments/reconciliation/', seeded.entryId],
    ['/api/logistics/shipments/', seeded.shipmentId],
    ['/api/logistics/artworks/', seeded.artworkId],
  ];
  return owners.find(([prefix]) => template.startsWith(prefix))?.[1] ?? UNKNOWN_ID;
}

/**
 * Path parameter values, as sent (already encoded where they need it), and what a 400 names: the
 * parameter, or the path for one that does not even decode (no route is chosen then).
 */
const BAD_PATH_VALUES: [string, string, 'parameter' | 'path'][] = [
  ['not a UUID', 'not-a-uuid', 'parameter'],
  ['a number', '-1', 'parameter'],
  ['5,000 characters', 'x'.repeat(5000), 'parameter'],
  ['NUL', '%00', 'parameter'],
  ['SQL', encodeURIComponent("1' OR '1'='1'; DROP TABLE artworks; --"), 'parameter'],
  ['a bad percent-escape', '%E0%A4%A', 'path'],
  ['a UUID and more', `${UNKNOWN_ID}%20OR%201%3D1`, 'parameter'],
  ['the nil UUID', '00000000-0000-0000-0000-000000000000', 'parameter'],
];

/** Query values, as sent. */
const BAD_QUERY_VALUES: [string, string][] = [
  ['-1', '-1'],
  ['abc', 'abc'],
  ['1e99', '1e99'],
  ['0', '0'],
  ['1.5', '1.5'],
  ['a 30-digit number', '9'.repeat(30)],
  ['empty', ''],
  ['an unknown enum value', 'NOT_A_VALUE'],
  ['a lower-case enum value', 'pending'],
  ['a bad date', '2026-13-45'],
  ['February 30', '2026-02-30'],
  ['NUL', '%00'],
  ['SQL', encodeURIComponent("' OR 1=1; --")],
  ['5,000 characters', 'x'.repeat(5000)],
  ['a bad percent-escape', '%zz'],
];

/** A parameter nobody declared, on every GET. */
const STRAY_QUERY_VALUES = ['-1', 'abc', '1e99'];

const PREFER_VALUES: [string, string][] = [
  ['empty', ''],
  ['return= nothing', 'return='],
  ['two answers', 'return=minimal, return=representation'],
  ['5,000 characters', 'x'.repeat(5000)],
];

/** JSON bodies that are not the body at all. */
const BAD_BODIES: [string, string, string | undefined][] = [
  ['invalid JSON', '{"title": "Shrimps",', 'body'],
  ['null', 'null', 'body'],
  ['a string', '"a string"', 'body'],
  ['a number', '42', 'body'],
  ['an array', '[]', undefined],
  ['an array of objects', '[{}]', undefined],
  ['an empty object', '{}', undefined],
  ['a property nobody declared', '{"unexpected": 1}', 'unexpected'],
  ['nested 5,000 deep', `{"unexpected": ${'['.repeat(5000)}${']'.repeat(5000)}}`, 'body'],
  [
    'a prototype key',
    '{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}',
    undefined,
  ],
];

/** Stands for a property left out. */
const ABSENT = Symbol('absent');

/** More wrong values for a string of a known shape: a day, an instant, an id. */
function wrongShapes(good: string): [string, unknown][] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(good)) {
    return [
      ['year 0', '0000-01-01'],
      ['year 9999', '9999-12-31'],
      ['February 30', '2026-02-30'],
      ['month 13', '2026-13-01'],
      ['a date-time', '2026-11-24T10:00:00Z'],
    ];
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(good)) {
    return [
      ['year 0', '0000-01-01T00:00:00Z'],
      ['beyond the last JavaScript date', '+275760-09-14T00:00:00Z'],
      ['hour 25', '2026-11-24T25:00:00Z'],
      ['February 30', '2026-02-30T10:00:00Z'],
      ['a date alone', '2026-11-24'],
      ['no time zone', '2026-11-24T10:00:00'],
      // ISO 8601 forms outside RFC 3339, which `new Date()` cannot read
      ['an ISO 8601 week date', '2026-W48-1'],
      ['an ISO 8601 ordinal date', '2026-328'],
      ['ISO 8601 basic format', '20261124T100000Z'],
    ];
  }
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(good)) {
    return [
      ['the nil UUID', '00000000-0000-0000-0000-000000000000'],
      ['upper case', good.toUpperCase()],
      ['a UUID and more', `${good}' OR '1'='1`],
    ];
  }
  return [];
}

/** Wrong values for a property, chosen by the type of its good value. */
function wrongValues(good: unknown): [string, unknown][] {
  const absent: [string, unknown][] = [
    ['null', null],
    ['left out', ABSENT],
  ];
  if (typeof good === 'string') {
    return [
      ['a number', 12345],
      ['an object', { a: 1 }],
      ['an array', [good]],
      ['empty', ''],
      ['blank', '   '],
      ['10,000 characters', 'x'.repeat(10_000)],
      ['with NUL', `a\u0000b`],
      ['a lone surrogate', 'a\ud800b'],
      ['a 40-digit number', '9'.repeat(40)],
      ['a negative number', '-1'],
      ...wrongShapes(good),
      ...absent,
    ];
  }
  if (typeof good === 'number') {
    return [
      ['a string', String(good)],
      ['negative', -1],
      ['fractional', 0.5],
      ['huge', 1e21],
      ['1e308', 1e308],
      ['very negative', -1e21],
      ['an object', { a: 1 }],
      ...absent,
    ];
  }
  if (typeof good === 'boolean') {
    return [['a string', String(good)], ['a number', 1], ...absent];
  }
  if (Array.isArray(good)) {
    return [
      ['an object', { a: 1 }],
      ['a string', 'x'],
      ['empty', []],
      ['[null]', [null]],
      ['1,000 items', Array.from({ length: 1000 }, () => good[0] ?? 'x')],
      ...absent,
    ];
  }
  return [['an array', [good]], ['a string', 'x'], ['a number', 42], ...absent];
}

/** Every property path of a value, nested objects and the first item of arrays included. */
function propertyPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.length ? propertyPaths(value[0], [...prefix, 0]) : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [...prefix, key],
    ...propertyPaths(child, [...prefix, key]),
  ]);
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

function withValueAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (replacement === ABSENT) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    parent[key] = replacement;
  }
  return copy;
}

/** The last named (not numbered) step of a path: what a 400 must name. */
function fieldOf(path: (string | number)[]): string {
  return String([...path].reverse().find((key) => typeof key === 'string'));
}

function resolve(schema: Schema, document: OpenApiDocument): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(document.components?.schemas?.[name] ?? {}, document);
  }
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], document);
  return schema;
}

/**
 * A value for a schema from what it documents: its example, else the first value of its enum,
 * else true for a boolean; an object from its properties' values, an array of its item's.
 * Where a schema documents none of these, `unexampled` says what stands in (undefined leaves
 * the property out) or throws.
 */
function exampleOf(
  schema: Schema,
  document: OpenApiDocument,
  unexampled: (schema: Schema, at: string) => unknown,
  at = 'body',
): unknown {
  if (schema.example !== undefined) return schema.example;
  const own = resolve(schema, document);
  if (own !== schema) return exampleOf(own, document, unexampled, at);
  if (schema.enum?.length) return schema.enum[0];
  if (schema.type === 'boolean') return true;
  if (schema.type === 'array' && schema.items) {
    const item = exampleOf(schema.items, document, unexampled, `${at}[0]`);
    return item === undefined ? [] : [item];
  }
  if (schema.properties && Object.keys(schema.properties).length > 0) {
    return Object.fromEntries(
      Object.entries(schema.properties)
        .map(([name, property]) => [
          name,
          exampleOf(property, document, unexampled, `${at}.${name}`),
        ])
        .filter(([, value]) => value !== undefined),
    );
  }
  return unexampled(schema, at);
}

/** A plausible stand-in for a schema without examples; undefined where it says too little. */
function plausible(schema: Schema): unknown {
  if (schema.type === 'array') return [];
  if (schema.type === 'string') return schema.format === 'date' ? '2026-11-24' : 'text';
  if (schema.type === 'integer' || schema.type === 'number') return 1;
  return undefined;
}

/**
 * The body Swagger UI's "Try it out" starts from: every property of the schema, optional ones
 * too, each its example, else the first value of its enum, else true for a boolean. Throws naming
 * a property with none of these, which Swagger UI would fill with "string" or 0.
 */
export function tryItOutBody(schema: Schema, document: OpenApiDocument): unknown {
  return exampleOf(schema, document, (_, at) => {
    throw new Error(`${at} has no example`);
  });
}

/**
 * The good JSON body of an operation: the documented one, else one from its schema's examples;
 * undefined when it takes no JSON body. Throws for an operation with neither (add its body
 * above), and for a documented body with a property its schema does not list.
 */
export function goodBody(
  key: string,
  operation: Operation,
  document: OpenApiDocument,
  seeded: Seeded,
): unknown {
  const schema = operation.requestBody?.content['application/json']?.schema;
  if (!schema) return undefined;
  const documented = documentedBodies(seeded)[key];
  if (documented !== undefined) {
    const listed = Object.keys(resolve(schema, document).properties ?? {});
    const unlisted = Object.keys(documented as object).filter((name) => !listed.includes(name));
    if (unlisted.length) throw new Error(`${key}: its schema does not list ${unlisted.join(', ')}`);
    return documented;
  }
  const fromSchema = exampleOf(schema, document, plausible);
  if (fromSchema !== undefined) return fromSchema;
  throw new Error(`${key}: its schema lists no properties; give its body in bad-input.requests`);
}

/** Every malformed request for one operation, sent with `headers` (the caller's token). */
export function badRequests(
  method: string,
  template: string,
  operation: Operation,
  document: OpenApiDocument,
  seeded: Seeded,
): BadRequest[] {
  const key = `${method.toUpperCase()} ${template}`;
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  const fill = (values: Record<string, string> = {}) =>
    template.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? idFor(template, seeded));
  const requests: BadRequest[] = [];
  const add = (
    request: Omit<BadRequest, 'method' | 'template' | 'headers'> & Partial<BadRequest>,
  ) => requests.push({ method: method.toUpperCase(), template, headers: {}, ...request });
  const hasBody = method !== 'get' && method !== 'delete';
  const json = { 'content-type': 'application/json' };
  const body = goodBody(key, operation, document, seeded);
  // a request that gets past its id and query sends the good body (a 400 then is about the
  // part that is wrong, not about a missing body)
  const goodJson = body === undefined ? undefined : JSON.stringify(body);
  const withGoodBody = goodJson === undefined ? {} : { headers: json, body: goodJson };

  for (const parameter of pathParameters) {
    for (const [label, value, named] of BAD_PATH_VALUES) {
      add({
        what: `path ${parameter.name} = ${label}`,
        path: fill({ [parameter.name]: value }),
        names: named === 'path' ? 'path' : parameter.name,
        ...(hasBody && withGoodBody),
      });
    }
  }

  const queryNames = new Set(
    parameters.filter((parameter) => parameter.in === 'query').map(({ name }) => name),
  );
  // with the good body or file, so that a parameter the route takes is also used
  const upload = UPLOADS[key];
  const withGoodInput = upload
    ? { headers: { 'content-type': upload.type }, body: upload.good }
    : withGoodBody;
  for (const name of queryNames) {
    for (const [label, value] of BAD_QUERY_VALUES) {
      add({
        what: `query ${name} = ${label}`,
        path: `${fill()}?${name}=${value}`,
        names: name,
        ...(hasBody && withGoodInput),
      });
    }
    add({
      what: `query ${name} twice`,
      path: `${fill()}?${name}=1&${name}=2`,
      names: name,
      ...(hasBody && withGoodInput),
    });
  }
  if (method === 'get') {
    for (const value of STRAY_QUERY_VALUES) {
      add({ what: `query limit = ${value}`, path: `${fill()}?limit=${value}` });
    }
  }

  for (const parameter of parameters.filter((parameter) => parameter.in === 'header')) {
    for (const [label, value] of PREFER_VALUES) {
      add({
        what: `header ${parameter.name} = ${label}`,
        path: fill(),
        headers: { [parameter.name]: value, ...json },
        body: goodJson ?? '{}',
      });
    }
  }

  if (hasBody) {
    for (const [label, text, names] of BAD_BODIES) {
      add({ what: `body ${label}`, path: fill(), headers: json, body: text, names });
    }
    add({
      what: 'body JSON sent as text/plain',
      path: fill(),
      headers: { 'content-type': 'text/plain' },
      body: goodJson ?? '{}',
    });
    add({
      what: 'body in Latin-1',
      path: fill(),
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: goodJson ?? '{}',
    });
  }

  if (body !== undefined) {
    for (const property of propertyPaths(body)) {
      const good = valueAt(body, property);
      for (const [label, wrong] of wrongValues(good)) {
        add({
          what: `body.${property.join('.')} = ${label}`,
          path: fill(),
          headers: json,
          body: JSON.stringify(withValueAt(body, property, wrong)),
          names: fieldOf(property),
        });
      }
    }
  }

  if (upload) requests.push(...badUploads(key, fill(), upload));
  return requests;
}

/** Binary garbage: every byte value, a few times over. */
const GARBAGE = new Uint8Array(Array.from({ length: 1024 }, (_, i) => (i * 37) % 256));

function badUploads(key: string, path: string, upload: Upload): BadRequest[] {
  const [method, template] = key.split(' ');
  const truncated = upload.good.slice(0, Math.floor(upload.good.length / 2));
  const files: [string, string | Uint8Array][] = [
    ['an empty file', ''],
    ['binary garbage', GARBAGE],
    ['a truncated file', truncated],
  ];
  const requests: BadRequest[] = [];
  for (const [label, content] of files) {
    requests.push({
      method,
      template,
      what: `upload ${label} (raw ${upload.type})`,
      path,
      headers: { 'content-type': upload.type },
      body: content,
    });
    const form = new FormData();
    form.append('file', new Blob([content], { type: upload.type }), 'upload');
    requests.push({
      method,
      template,
      what: `upload ${label} (multipart)`,
      path,
      headers: {},
      body: form,
    });
  }
  for (const [label, type, content] of upload.bad) {
    requests.push({
      method,
      template,
      what: `upload ${label} (${type})`,
      path,
      headers: { 'content-type': type },
      body: content,
    });
  }
  const misnamed = new FormData();
  misnamed.append('document', new Blob([upload.good], { type: upload.type }), 'upload');
  requests.push({
    method,
    template,
    what: 'upload in a field not named file',
    path,
    headers: {},
    body: misnamed,
    names: 'file',
  });
  const boundary = 'badinputboundary';
  requests.push({
    method,
    template,
    what: 'upload multipart cut short',
    path,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\n${truncated}`,
  });
  requests.push({
    method,
    template,
    what: 'upload multipart without a boundary',
    path,
    headers: { 'content-type': 'multipart/form-data' },
    body: upload.good,
  });
  requests.push({
    method,
    template,
    what: 'upload as application/octet-stream',
    path,
    headers: { 'content-type': 'application/octet-stream' },
    body: upload.good,
  });
  return requests;
}
