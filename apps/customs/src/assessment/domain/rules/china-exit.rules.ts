import type {
  ChinaArtistListRule,
  ChinaExitPermitRule,
  ChinaExitYearRule,
  ChinaReexportRule,
  ItemSelection,
} from '../rule-book';
import { ALL_WORKS_PROHIBITED, REPRESENTATIVE_WORKS_RESTRICTED } from './china-restricted-artists';

/** RULES.md section 2. */
const EXIT_STANDARDS =
  'Standards for Cultural Relics Exit Review (State Administration of Cultural Heritage, 2007)';
const ARTIST_NOTICE =
  'National Cultural Heritage Administration, 2023 notice on artists whose works are restricted from export';
const EXIT_STANDARDS_FROM = '2007-06-05';
const CN_EXIT_PERMIT = 'CN_EXIT_PERMIT';

/**
 * 1912-1949 items prohibited outright: oil painting, watercolour, gouache, mural, rubbing, print;
 * any portrait. A history painting cannot be recognised from the attributes; it falls to the
 * review rule, where the designated institution sees it.
 */
const PROHIBITED_1912_1949: ItemSelection = [
  { techniques: ['OIL', 'WATERCOLOUR', 'GOUACHE', 'MURAL', 'FRESCO', 'RUBBING'] },
  {
    mediumKeywords: [
      'oil',
      'watercolour',
      'watercolor',
      'gouache',
      'mural',
      'fresco',
      'rubbing',
      '油画',
      '水彩',
      '水粉',
      '壁画',
      '拓片',
      '版画',
    ],
  },
  { categories: ['WATERCOLOUR', 'GOUACHE', 'PRINT'] },
  { portrait: true },
];

export const CHINA_EXIT_RULES: readonly (
  ChinaExitYearRule | ChinaArtistListRule | ChinaExitPermitRule | ChinaReexportRule
)[] = [
  // Corrected in place (book 2026-12-08.2): a dating range reaching back into a rule's years went
  // to review with no licence (rangeLicence), so an officer could approve a work of 1945-1955
  // without the exit permit a work of 1945 needs.
  {
    id: 'CN-EXIT-1911',
    version: 1,
    kind: 'CN_EXIT_YEAR',
    source: `${EXIT_STANDARDS}: cultural relics made in or before 1911 may not leave China`,
    validFrom: EXIT_STANDARDS_FROM,
    params: {
      toYear: 1911,
      effect: 'PROHIBITED',
      rangeLicence: CN_EXIT_PERMIT,
      description: 'cultural item of 1911 or earlier, may not leave China',
    },
  },
  {
    id: 'CN-EXIT-1949',
    version: 1,
    kind: 'CN_EXIT_YEAR',
    source: `${EXIT_STANDARDS}: 1912-1949 oil paintings, watercolours, gouaches, murals, rubbings, prints, portraits and history paintings`,
    validFrom: EXIT_STANDARDS_FROM,
    params: {
      fromYear: 1912,
      toYear: 1949,
      selection: PROHIBITED_1912_1949,
      effect: 'PROHIBITED',
      rangeLicence: CN_EXIT_PERMIT,
      description:
        'oil painting, watercolour, gouache, mural, rubbing, print or portrait of 1912-1949, may not leave China',
    },
  },
  {
    id: 'CN-EXIT-1949-REVIEW',
    version: 1,
    kind: 'CN_EXIT_YEAR',
    source: `${EXIT_STANDARDS}: other cultural relics of 1912-1949 pass exit review by a designated institution`,
    validFrom: EXIT_STANDARDS_FROM,
    params: {
      fromYear: 1912,
      toYear: 1949,
      excluding: PROHIBITED_1912_1949,
      effect: 'REVIEW',
      licence: CN_EXIT_PERMIT,
      rangeLicence: CN_EXIT_PERMIT,
      description:
        'other cultural item of 1912-1949 (e.g. ink painting, calligraphy, sculpture), exit review by a designated institution',
    },
  },
  {
    id: 'CN-EXIT-1966',
    version: 1,
    kind: 'CN_EXIT_YEAR',
    source: `${EXIT_STANDARDS}: representative items of ethnic minorities made in or before 1966`,
    validFrom: EXIT_STANDARDS_FROM,
    params: {
      toYear: 1966,
      requiresEthnicMinority: true,
      effect: 'PROHIBITED',
      rangeLicence: CN_EXIT_PERMIT,
      description:
        'representative item of an ethnic minority of 1966 or earlier, may not leave China',
    },
  },
  {
    id: 'CN-ARTIST-ALL',
    version: 1,
    kind: 'CN_ARTIST_LIST',
    source: `${ARTIST_NOTICE}: 41 artists none of whose works may leave`,
    validFrom: '2023-01-01',
    toConfirm: 'the list of 41 artists (only 17 held; complete it from the 2023 notice)',
    params: {
      listName: 'artists none of whose works may leave China (41)',
      artists: ALL_WORKS_PROHIBITED,
      effect: 'PROHIBITED',
      listComplete: false,
      incompleteListNoticeCategories: [
        'PAINTING',
        'CALLIGRAPHY',
        'DRAWING',
        'WATERCOLOUR',
        'GOUACHE',
      ],
    },
  },
  {
    id: 'CN-ARTIST-REP',
    version: 1,
    kind: 'CN_ARTIST_LIST',
    source: `${ARTIST_NOTICE}: 158 artists whose representative works may not leave`,
    validFrom: '2023-01-01',
    toConfirm:
      'the list of 158 artists (illustrative names only; complete it from the 2023 notice)',
    params: {
      listName: 'artists whose representative works may not leave China (158)',
      artists: REPRESENTATIVE_WORKS_RESTRICTED,
      effect: 'REVIEW',
      licence: CN_EXIT_PERMIT,
      listComplete: false,
      incompleteListNoticeCategories: [
        'PAINTING',
        'CALLIGRAPHY',
        'DRAWING',
        'WATERCOLOUR',
        'GOUACHE',
      ],
    },
  },
  {
    id: 'CN-EXIT-PERMIT',
    version: 1,
    kind: 'CN_EXIT_PERMIT',
    source: `${EXIT_STANDARDS}: exit permit and seal of the review institution, exit through a designated port`,
    validFrom: EXIT_STANDARDS_FROM,
    params: { toYear: 1949, licence: CN_EXIT_PERMIT },
  },
  {
    // Without this, a European loan returning home from a Chinese exhibition would read as a
    // prohibited export of a pre-1911 relic.
    id: 'CN-EXIT-REEXPORT',
    version: 1,
    kind: 'CN_REEXPORT',
    source:
      'Measures for the Administration of Entry and Exit Examination of Cultural Relics (Ministry of Culture, 2007): relics temporarily imported and registered on entry re-exit after the review institution verifies them against the entry record',
    validFrom: EXIT_STANDARDS_FROM,
    toConfirm: 'the item was registered on temporary entry into China',
    params: {
      purposes: ['RETURN'],
      liftsRuleIds: ['CN-EXIT-1911', 'CN-EXIT-1949', 'CN-EXIT-1966', 'CN-ARTIST-ALL'],
      effect: 'REVIEW',
      licence: CN_EXIT_PERMIT,
    },
  },
];
