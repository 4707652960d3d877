import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Punctuation PostgreSQL's text-search parser keeps inside one token: "N.Y.C." is the host
 * 'n.y.c', "Warhol/Basquiat" the file path 'warhol/basquiat', "a@b.org" an e-mail, "3.5" a
 * number. A search splits its words on everything but letters, digits and marks
 * (domain/search.ts textSearchQuery), so "basquiat" never matched the second half of such a
 * token. The index is built from the text with this punctuation turned into spaces, so both
 * sides cut words in the same places. ASCII's, and the Unicode punctuation common in titles and
 * names, listed rather than found by a character class: a class in PostgreSQL's regular
 * expressions depends on the database's locale (under C no letter beyond ASCII is one).
 */
export const SEARCH_WORD_JOINERS =
  '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' +
  '‐‑‒–—―‘’‚‛“”„‟‹›«»…·•′″、。，．：；！？／＠＃＆＿（）［］｛｝「」『』【】《》〈〉×÷©®°§¡¿';

/** The text of `column` with SEARCH_WORD_JOINERS as spaces: translate is immutable, as a generated column needs. */
function searchable(column: string): string {
  const from = SEARCH_WORD_JOINERS.replace(/'/g, "''");
  const to = ' '.repeat([...SEARCH_WORD_JOINERS].length);
  return `translate(${column}, '${from}', '${to}')`;
}

// 'simple': no stemming and no stop words, so names in any language are found as written.
// Weights rank a title match above an artist match above a medium match.
const NORMALISED_SEARCH_VECTOR = `
  setweight(to_tsvector('simple', ${searchable('title')}), 'A') ||
  setweight(to_tsvector('simple', ${searchable('artist_name')}), 'B') ||
  setweight(to_tsvector('simple', ${searchable("coalesce(medium, '')")}), 'C')`;

const PARSED_SEARCH_VECTOR = `
  setweight(to_tsvector('simple', title), 'A') ||
  setweight(to_tsvector('simple', artist_name), 'B') ||
  setweight(to_tsvector('simple', coalesce(medium, '')), 'C')`;

/** Search finds every word of a title, artist or medium, also inside "Warhol/Basquiat" or "N.Y.C.". */
export class SearchNormalisedText1732400000160 implements MigrationInterface {
  name = 'SearchNormalisedText1732400000160';

  async up(db: QueryRunner): Promise<void> {
    await replaceSearchVector(db, NORMALISED_SEARCH_VECTOR);
  }

  async down(db: QueryRunner): Promise<void> {
    await replaceSearchVector(db, PARSED_SEARCH_VECTOR);
  }
}

/** A generated column's expression cannot be altered: drop it (and its index), add it again. */
async function replaceSearchVector(db: QueryRunner, expression: string): Promise<void> {
  await db.query(`ALTER TABLE artwork DROP COLUMN search_vector`);
  await db.query(
    `ALTER TABLE artwork ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${expression}) STORED`,
  );
  await db.query(`CREATE INDEX artwork_search ON artwork USING gin (search_vector)`);
}
