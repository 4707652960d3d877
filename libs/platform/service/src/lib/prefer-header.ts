/**
 * Whether a request's `Prefer` header (RFC 7240) asks for `return=minimal`: the client needs no
 * representation of what its request changed (a carrier reporting a scan, say), so the service
 * answers 204 with `Preference-Applied: return=minimal` instead of reading the resource back.
 * Preferences are comma-separated, names case-insensitive, values a token or a quoted string;
 * `return=representation`, anything unknown, or no header at all keeps the default.
 */
export function prefersMinimalReturn(prefer: string | string[] | undefined): boolean {
  const headers = Array.isArray(prefer) ? prefer : prefer === undefined ? [] : [prefer];
  for (const preference of headers.flatMap((header) => header.split(','))) {
    // parameters of a preference (";a=b") do not change what it asks for
    const [name, value = ''] = preference.split(';')[0].split('=');
    if (name.trim().toLowerCase() !== 'return') continue;
    const returned = value
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    // RFC 7240 §2: of a preference given twice, the first counts
    return returned === 'minimal';
  }
  return false;
}

/** The header that says the preference was honoured (RFC 7240 §3). */
export const MINIMAL_RETURN_APPLIED = ['Preference-Applied', 'return=minimal'] as const;
