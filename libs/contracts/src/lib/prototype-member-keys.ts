import { ValidationError, ValidationTypes } from 'class-validator';

/** `__proto__`, `constructor`, `toString`, `hasOwnProperty`…: what every plain object inherits. */
const OBJECT_PROTOTYPE_MEMBERS: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
);

interface Visit {
  readonly value: object;
  /** Where the value is in its parent: a property name, or an index of an array. */
  readonly key?: string;
  readonly parent?: Visit;
}

/**
 * The keys of a plain input (a parsed body or query, a message payload, an import record), at
 * any depth, that are named after a member of Object.prototype, as the errors class-validator's
 * whitelist with forbidNonWhitelisted gives a property no class declares (`property toString
 * should not exist`, under the errors of its parents, `artist`, `provenance` > `0`), so that each
 * caller describes them as it describes the others. That whitelist looks a name up in a plain
 * object of the declared ones, where these are found inherited: it took them as declared, and
 * they passed, silently dropped (class-transformer drops `__proto__` and `constructor` before
 * validation). No class of the contracts or the services declares one. Hence a walk of the raw
 * input, before plainToInstance (JSON.parse makes `"__proto__"` an own key like any other);
 * without recursion, as unstorableContent, and costing an ordinary key one Set lookup.
 */
export function prototypeMemberKeys(input: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  if (typeof input !== 'object' || input === null) return errors;
  const pending: Visit[] = [{ value: input }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const children: Visit[] = [];
    if (Array.isArray(visit.value)) {
      (visit.value as unknown[]).forEach((item, index) => {
        if (typeof item === 'object' && item !== null)
          children.push({ value: item, key: String(index), parent: visit });
      });
    } else {
      for (const key of Object.keys(visit.value)) {
        const child = (visit.value as Record<string, unknown>)[key];
        if (OBJECT_PROTOTYPE_MEMBERS.has(key)) errors.push(undeclared(visit, key, child));
        else if (typeof child === 'object' && child !== null)
          children.push({ value: child, key, parent: visit });
      }
    }
    // last first, so that nested objects are walked in the order of the input
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
  }
  return errors;
}

function undeclared(parent: Visit, key: string, value: unknown): ValidationError {
  let error: ValidationError = Object.assign(new ValidationError(), {
    property: key,
    value,
    constraints: { [ValidationTypes.WHITELIST]: `property ${key} should not exist` },
  });
  for (let at = parent; at.parent && at.key !== undefined; at = at.parent) {
    error = Object.assign(new ValidationError(), {
      property: at.key,
      value: at.value,
      children: [error],
    });
  }
  return error;
}
