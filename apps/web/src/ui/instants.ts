/** Instants inside a service's free text (a timeline step's detail, a claim's reason). */

/** An ISO 8601 instant as the services write them in free text (`2026-12-21T22:34:02.227Z`). */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g;

/** The text cut around the instants it names: plain parts and instants, in order. */
export function splitInstants(text: string): { text: string; instant: boolean }[] {
  const parts: { text: string; instant: boolean }[] = [];
  let from = 0;
  for (const match of text.matchAll(ISO_INSTANT)) {
    const at = match.index ?? 0;
    if (Number.isNaN(new Date(match[0]).getTime())) continue;
    if (at > from) parts.push({ text: text.slice(from, at), instant: false });
    parts.push({ text: match[0], instant: true });
    from = at + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), instant: false });
  return parts;
}
