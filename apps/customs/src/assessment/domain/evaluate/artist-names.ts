import type { RestrictedArtist } from '../rules/china-restricted-artists';

/**
 * Name matching for the restricted-artist lists, robust to what catalogues do to Chinese names:
 * case, spaces, hyphens and apostrophes ("Qi Bai-shi", "QI BAISHI"), tone marks ("Xú Bēihóng"),
 * given name first or surname first with or without a comma ("Baishi Qi", "Qi, Baishi"), life
 * dates and courtesy names in brackets ("Qi Baishi (1864-1957)"), and Chinese characters,
 * simplified or traditional ("齐白石", "齊白石").
 */

/** Letters only, lower case, without diacritics: "Xú Bēi-hóng" → "xubeihong". */
export function compactName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

export interface ArtistMatch {
  readonly artist: RestrictedArtist;
  readonly matchedText: string;
}

interface ArtistIndex {
  readonly byKey: ReadonlyMap<string, RestrictedArtist>;
  /** Keys long enough to be searched inside a longer text ("attributed to Qi Baishi"). */
  readonly searchableKeys: readonly string[];
}

const HAN = /\p{Script=Han}/u;
const indexes = new WeakMap<readonly RestrictedArtist[], ArtistIndex>();

function keysOf(artist: RestrictedArtist): string[] {
  const names = [
    { surname: artist.surname, givenName: artist.givenName },
    ...(artist.aliases ?? []),
  ];
  const romanised = names.flatMap(({ surname, givenName }) => [
    compactName(surname + givenName),
    compactName(givenName + surname),
  ]);
  return [...romanised, ...artist.hanzi.map(compactName)];
}

function indexOf(artists: readonly RestrictedArtist[]): ArtistIndex {
  let index = indexes.get(artists);
  if (!index) {
    const byKey = new Map<string, RestrictedArtist>();
    for (const artist of artists) for (const key of keysOf(artist)) byKey.set(key, artist);
    // Short romanised keys would match inside unrelated names; Han names of 3+ characters do not.
    const searchableKeys = [...byKey.keys()].filter((key) =>
      HAN.test(key) ? key.length >= 3 : key.length >= 7,
    );
    index = { byKey, searchableKeys };
    indexes.set(artists, index);
  }
  return index;
}

/** The listed artist a catalogue name refers to, if any. */
export function findRestrictedArtist(
  name: string,
  artists: readonly RestrictedArtist[],
): ArtistMatch | undefined {
  const index = indexOf(artists);
  const parts = [name, ...name.split(/[()[\]/;|（）]/)];
  for (const part of parts) {
    const artist = index.byKey.get(compactName(part));
    if (artist) return { artist, matchedText: part.trim() };
  }
  const whole = compactName(name);
  const key = index.searchableKeys.find((candidate) => whole.includes(candidate));
  return key ? { artist: index.byKey.get(key)!, matchedText: name.trim() } : undefined;
}
