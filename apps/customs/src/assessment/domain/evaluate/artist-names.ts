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

/**
 * One written form of a listed name, as the compact words it is made of: surname then given name
 * ("qi", "baishi"), given name then surname ("baishi", "qi"), or the Han characters ("齐白石").
 */
interface NameForm {
  readonly artist: RestrictedArtist;
  readonly parts: readonly string[];
}

interface ArtistIndex {
  /** Forms by the concatenation of their parts ("qibaishi"). */
  readonly byKey: ReadonlyMap<string, readonly NameForm[]>;
  /** Han names long enough to be searched inside a longer text ("传齐白石作"). */
  readonly searchableHanKeys: ReadonlyMap<string, RestrictedArtist>;
}

const HAN = /\p{Script=Han}/u;
const indexes = new WeakMap<readonly RestrictedArtist[], ArtistIndex>();

function formsOf(artist: RestrictedArtist): NameForm[] {
  const form = (...names: string[]): NameForm => ({ artist, parts: names.map(compactName) });
  return [
    form(artist.surname, artist.givenName),
    form(artist.givenName, artist.surname),
    // Aliases (birth, courtesy and art names, older romanisations) match surname first only, as
    // the sources write them. Reversed, a short alias is the ordinary name of someone else: Qi
    // Baishi's birth name Qi Huang read backwards is "Huang Qi", a common name. A catalogue that
    // puts the given name first writes the artist's pinyin name, which matches either way.
    ...(artist.aliases ?? []).map(({ surname, givenName }) => form(surname, givenName)),
    ...artist.hanzi.map((hanzi) => form(hanzi)),
  ].filter((candidate) => candidate.parts.every((part) => part.length > 0));
}

function indexOf(artists: readonly RestrictedArtist[]): ArtistIndex {
  let index = indexes.get(artists);
  if (!index) {
    const byKey = new Map<string, NameForm[]>();
    const searchableHanKeys = new Map<string, RestrictedArtist>();
    for (const artist of artists) {
      for (const candidate of formsOf(artist)) {
        const key = candidate.parts.join('');
        byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
        // Romanised names are matched as whole words only: as letters inside a longer text they
        // would match unrelated names ("Zhao Qihuang" holds "qihuang"). Han names of 3+ characters
        // are written without spaces and are distinctive enough to be searched inside a text.
        if (HAN.test(key) && key.length >= 3) searchableHanKeys.set(key, artist);
      }
    }
    index = { byKey, searchableHanKeys };
    indexes.set(artists, index);
  }
  return index;
}

/**
 * The words of a catalogue name, compacted: anything but a letter, a mark, a hyphen or an
 * apostrophe separates words ("Qi, Baishi (1864-1957)" → "qi", "baishi"); hyphens and apostrophes
 * inside a word are removed ("Bai-shi" → "baishi").
 */
function wordsOf(name: string): string[] {
  return name
    .split(/[^\p{L}\p{M}\-\u2010\u2011'\u2018\u2019\u02BC`]+/u)
    .map(compactName)
    .filter((word) => word.length > 0);
}

/** Whether the words, in order, can be grouped into the form's parts (each part one or more words). */
function spells(words: readonly string[], parts: readonly string[]): boolean {
  if (parts.length === 0) return words.length === 0;
  const [part, ...rest] = parts;
  let prefix = '';
  for (let end = 0; end < words.length; end++) {
    prefix += words[end];
    if (prefix.length > part.length) return false;
    if (prefix === part && spells(words.slice(end + 1), rest)) return true;
  }
  return false;
}

/**
 * The listed artist a catalogue name refers to, if any: a listed name must be a run of
 * consecutive whole words of the catalogue name ("Attributed to Qi Baishi", "Qi Bai Shi"), its
 * surname and given name in separate words ("Zhao Qihuang" is not Qi Huang); Han names of three or
 * more characters may also stand inside a longer text.
 */
export function findRestrictedArtist(
  name: string,
  artists: readonly RestrictedArtist[],
): ArtistMatch | undefined {
  const index = indexOf(artists);
  const words = wordsOf(name);
  for (let start = 0; start < words.length; start++) {
    let key = '';
    for (let end = start; end < words.length; end++) {
      key += words[end];
      const run = words.slice(start, end + 1);
      const form = index.byKey.get(key)?.find((candidate) => spells(run, candidate.parts));
      if (form) return { artist: form.artist, matchedText: name.trim() };
    }
  }
  const whole = compactName(name);
  for (const [key, artist] of index.searchableHanKeys) {
    if (whole.includes(key)) return { artist, matchedText: name.trim() };
  }
  return undefined;
}
