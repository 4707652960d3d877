import { getMetadataStorage } from 'class-validator';

/** The parameters a query DTO declares (those with a validation rule), and which take a list. */
export interface QueryFields {
  readonly declared: ReadonlySet<string>;
  readonly lists: ReadonlySet<string>;
}

const fieldsByType = new WeakMap<object, QueryFields>();

/**
 * The parameters of a query DTO class, as the ValidationPipe's whitelist knows them: a property
 * with a validation rule. A list is a property typed as an array or validated as one (`@IsArray`,
 * or a rule with `each`). Worked out once per class; its decorators ran when it was loaded.
 */
export function queryFieldsOf(type: new (...args: never[]) => unknown): QueryFields {
  let fields = fieldsByType.get(type);
  if (!fields) {
    const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    const declared = new Set(rules.map((rule) => rule.propertyName));
    const lists = new Set(
      rules
        .filter(
          (rule) =>
            rule.each === true ||
            rule.name === 'isArray' ||
            Reflect.getMetadata('design:type', type.prototype as object, rule.propertyName) ===
              Array,
        )
        .map((rule) => rule.propertyName),
    );
    fields = { declared, lists };
    fieldsByType.set(type, fields);
  }
  return fields;
}

/**
 * The query as its DTO should read it, and what is wrong with it. A parameter sent empty
 * (`?status=`, `?status`, as a form with a blank field sends it) is taken as not sent, as in
 * every service alike; read as given it was refused by one ("status must be one of …") and
 * ignored by another. A parameter of one value given more than once (`?page=1&page=2`) is
 * refused, `page must be given once`: the parser makes it a list, which the field's own rules
 * refused with messages that did not say why (`status must be one of …` for two good ones).
 * Parameters the DTO does not declare are left for the whitelist to refuse by name.
 */
export function normalizeQuery(
  query: Readonly<Record<string, unknown>>,
  fields: QueryFields,
): { query: Record<string, unknown>; problems: string[] } {
  const normalized: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (!fields.declared.has(name)) {
      normalized[name] = value;
      continue;
    }
    const given = (Array.isArray(value) ? (value as unknown[]) : [value]).filter(
      (one) => !isBlank(one),
    );
    if (given.length === 0) continue;
    if (fields.lists.has(name)) normalized[name] = Array.isArray(value) ? given : given[0];
    else if (given.length === 1) normalized[name] = given[0];
    else problems.push(`${name} must be given once`);
  }
  return { query: normalized, problems };
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}
