/** A surrogate code unit that is not half of a pair: with the u flag, pairs are one code point. */
const LONE_SURROGATE = /\p{Cs}/u;
const NOT_UNICODE = 'must be well-formed Unicode: it holds a lone surrogate (\\ud800-\\udfff)';

/** Deeper than any body of the API needs (an assessment's item's material is 4 levels down). */
export const MAX_INPUT_DEPTH = 32;

/**
 * What no field of a body, a query or an imported record can take, as 400 messages naming where, the way the
 * validation names fields (`artist.name`, `provenance.0.owner`, `account`):
 * - nesting deeper than MAX_INPUT_DEPTH: the validation's class-transformer recurses once a
 *   level, and a body 2,000 arrays deep (10 KB) overflowed the stack, a 500;
 * - the NUL character in a string or a property name: PostgreSQL's text cannot hold it, and the
 *   insert failed with "invalid byte sequence for encoding UTF8: 0x00", a 500 (a title, a
 *   statement's `?account=`). No field of the API has a use for it;
 * - a lone UTF-16 surrogate (`"\ud800"`, valid JSON but not text): a jsonb column refused it,
 *   "Unicode low surrogate must follow a high surrogate", a 500 (a provenance owner).
 * `name` is what a problem with the value as a whole names: `body`, `query`, `record`.
 * Pure, for the services' request validation (libs/platform/service) and their import lines.
 * Walked without recursion, so that the check itself cannot overflow.
 */
export function unstorableContent(value: unknown, name: string): string[] {
  const problems: string[] = [];
  const NUL = 'the NUL character (\\u0000)';
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value, path: '', depth: 0 },
  ];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) problems.push(`${path || name} must not contain ${NUL}`);
      if (LONE_SURROGATE.test(value)) problems.push(`${path || name} ${NOT_UNICODE}`);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return [`${name} is nested deeper than ${MAX_INPUT_DEPTH} levels`];
    }
    // last first, so that the problems come out in the order of the input
    for (const [key, child] of Object.entries(value).reverse()) {
      if (key.includes('\u0000')) {
        problems.push(`${path || name} must not have a property name with ${NUL}`);
        continue;
      }
      pending.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return problems;
}
