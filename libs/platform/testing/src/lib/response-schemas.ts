import Ajv, { type ValidateFunction } from 'ajv';
import { openApiToJsonSchema } from '@artbridge/platform-service';

/**
 * Holds a service's answers to its own OpenAPI document: every JSON response a test receives
 * must be documented for its operation and status, and match the documented schema (a 2xx with no
 * property the document does not name; an error, the error body or the operation's own). So the
 * document clients are written against cannot drift from what the code sends, nor leave out a
 * status a client can meet, without a test failing.
 */
export class ResponseSchemas {
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly operations: OperationIndex;

  constructor(document: OpenApiDocument) {
    const definitions: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      definitions[name] = jsonSchema(schema);
    }
    this.ajv.addSchema({ $id: DOCUMENT_ID, $defs: definitions });
    this.operations = new OperationIndex(document);
  }

  /** The document served at `url` (a service's /docs-json, the gateway's /api/docs-json). */
  static async fetch(url: string): Promise<ResponseSchemas> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return new ResponseSchemas((await response.json()) as OpenApiDocument);
  }

  /** Whether the document describes this method and path at all. */
  describes(method: string, path: string): boolean {
    return this.operations.find(method, path) !== undefined;
  }

  /**
   * Throws, saying what differs, when a JSON answer is not what the document says this
   * operation answers with that status, or the operation does not document that status. An
   * error answer from a path no operation has (the router's 404) is not checked.
   */
  check(method: string, path: string, status: number, body: unknown): void {
    const what = `${method.toUpperCase()} ${path} → ${status}`;
    const success = status >= 200 && status < 300;
    const found = this.operations.find(method, path);
    if (!found) {
      if (!success) return;
      throw new Error(`${what}: the OpenAPI document has no such operation`);
    }
    const responses = found.operation.responses ?? {};
    const response = responses[String(status)] ?? (success ? responses['2XX'] : undefined);
    if (!response) {
      throw new Error(
        `${what}: ${found.template} documents no ${status} response (it documents ${Object.keys(responses).join(', ') || 'none'})`,
      );
    }
    const schema = response.content?.['application/json']?.schema;
    if (!schema) {
      throw new Error(`${what}: ${found.template} documents no JSON body for ${status}`);
    }
    const key = `${found.method} ${found.template} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(jsonSchema(schema) as object);
      this.validators.set(key, validate);
    }
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 8)
        .map((e) => {
          const extra =
            e.keyword === 'additionalProperties'
              ? ` (${String((e.params as { additionalProperty: string }).additionalProperty)})`
              : '';
          return `  ${e.instancePath || '(body)'} ${e.message ?? e.keyword}${extra}`;
        })
        .join('\n');
      throw new Error(
        `${what}: the answer does not match the OpenAPI document (${found.template}):\n${errors}\n` +
          `  body: ${JSON.stringify(body).slice(0, 400)}`,
      );
    }
  }
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, unknown> };
}

interface OpenApiOperation {
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }> }
  >;
}

const DOCUMENT_ID = 'openapi-document';
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Finds the operation a concrete path belongs to; a literal segment wins over a parameter. */
class OperationIndex {
  private readonly templates: {
    template: string;
    segments: string[];
    parameters: number;
    operations: Record<string, OpenApiOperation>;
  }[];

  constructor(document: OpenApiDocument) {
    this.templates = Object.entries(document.paths).map(([template, operations]) => {
      const segments = template.split('/');
      return {
        template,
        segments,
        parameters: segments.filter((s) => /^\{.+\}$/.test(s)).length,
        operations,
      };
    });
  }

  find(method: string, url: string) {
    const lower = method.toLowerCase();
    const path = url.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/';
    const segments = path.split('/');
    let best: { template: string; method: string; operation: OpenApiOperation } | undefined;
    let bestParameters = Infinity;
    for (const candidate of this.templates) {
      const operation = candidate.operations[lower];
      if (!operation || !METHODS.has(lower)) continue;
      if (candidate.segments.length !== segments.length) continue;
      const matches = candidate.segments.every(
        (s, i) => /^\{.+\}$/.test(s) || s === decodeSegment(segments[i]!),
      );
      if (matches && candidate.parameters < bestParameters) {
        best = { template: candidate.template, method: lower, operation };
        bestParameters = candidate.parameters;
      }
    }
    return best;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * An OpenAPI 3.0 schema as JSON Schema for Ajv, its references into the document's definitions;
 * an object that lists its properties admits no others (the document must name everything an
 * answer carries).
 */
const jsonSchema = (schema: unknown): unknown =>
  openApiToJsonSchema(schema, { refBase: `${DOCUMENT_ID}#/$defs/`, closeObjects: true });

/**
 * What a test client of one app checks its answers against: the app's document, read when first
 * needed and read again when a path is not in it (the gateway leaves out a service that did not
 * answer in time, and a test may stop one).
 */
export class DocumentedAnswers {
  private schemas?: Promise<ResponseSchemas>;

  constructor(private readonly documentUrl: string) {}

  /** Throws when a JSON `response` is not what the document says; the body stays unread. */
  async check(method: string, path: string, response: Response): Promise<void> {
    if (!isCheckedAnswer(path, response)) return;
    const body: unknown = await response.clone().json();
    let schemas = await this.load();
    // the gateway leaves out a service whose document did not come in time: ask a few times
    for (
      let attempt = 1;
      response.ok && !schemas.describes(method, path) && attempt <= 3;
      attempt++
    ) {
      if (attempt > 1) await new Promise((done) => setTimeout(done, 500));
      schemas = await this.load(true);
    }
    schemas.check(method, path, response.status, body);
  }

  private load(again = false): Promise<ResponseSchemas> {
    if (again || !this.schemas) {
      const loading = ResponseSchemas.fetch(this.documentUrl);
      loading.catch(() => (this.schemas = undefined)); // a failed read is tried again next time
      this.schemas = loading;
    }
    return this.schemas;
  }
}

/** JSON answers with a body, except the OpenAPI document's own. */
function isCheckedAnswer(path: string, response: Response): boolean {
  if (response.status === 204) return false;
  if (!/^application\/json\b/.test(response.headers.get('content-type') ?? '')) return false;
  return !/(^|\/)docs(-json)?($|[/?])/.test(path);
}
