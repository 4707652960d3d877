/** How an OpenAPI 3.0 schema becomes JSON Schema (openApiToJsonSchema). */
export interface JsonSchemaOptions {
  /** Where `#/components/schemas/` references point instead, e.g. `#/$defs/`. */
  readonly refBase: string;
  /**
   * An object that lists its properties admits no others (`additionalProperties: false` where
   * the schema says nothing): for a test that holds an answer to naming everything it carries.
   */
  readonly closeObjects?: boolean;
}

/**
 * An OpenAPI 3.0 schema (as @nestjs/swagger writes them) as JSON Schema: `nullable` becomes a
 * union with null, boolean exclusive bounds become numbers, and references point where
 * `refBase` says. For Ajv in the tests and the AsyncAPI document of the messages.
 */
export function openApiToJsonSchema(schema: unknown, options: JsonSchemaOptions): unknown {
  if (Array.isArray(schema)) return schema.map((item) => openApiToJsonSchema(item, options));
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') {
      converted[key] = value.replace('#/components/schemas/', options.refBase);
    } else if (key === 'properties' && value && typeof value === 'object') {
      // property names are names, not schema keywords: only their schemas are converted
      converted[key] = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [
          name,
          openApiToJsonSchema(property, options),
        ]),
      );
    } else {
      converted[key] = openApiToJsonSchema(value, options);
    }
  }
  // 3.0's boolean exclusive bounds are numbers in JSON Schema
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof converted[exclusive] !== 'boolean') continue;
    if (converted[exclusive]) converted[exclusive] = converted[bound];
    else delete converted[exclusive];
    if (typeof converted[exclusive] === 'number') delete converted[bound];
  }
  if (
    options.closeObjects &&
    converted['properties'] &&
    converted['additionalProperties'] === undefined
  ) {
    converted['additionalProperties'] = false;
  }
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}
