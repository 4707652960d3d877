/**
 * China's lists of deceased calligraphy and painting artists whose works are restricted from
 * export (RULES.md section 2, rules CN-ARTIST-ALL and CN-ARTIST-REP).
 *
 * Source: National Cultural Heritage Administration (formerly State Administration of Cultural
 * Heritage), 2023 notice on the lists of artists whose works are restricted from leaving the
 * country, extending the 2001 and 2013 lists. Names below are taken from RULES.md; the notice
 * itself is the authority.
 *
 * BOTH LISTS ARE INCOMPLETE HERE:
 * - ALL_WORKS_PROHIBITED must hold the 41 artists of the notice. It holds the 16 names RULES.md
 *   gives plus Pan Tianshou (on the 2001 "no works may leave" list as published; to be confirmed).
 *   It must be completed from the 2023 notice before the engine is relied on.
 * - REPRESENTATIVE_WORKS_RESTRICTED (158 artists) holds only a short illustrative list, not
 *   checked against the notice; a name here may even belong to the stricter list.
 * While a list is incomplete its rule says so (listComplete: false), and the engine adds an INFO
 * finding to painting and calligraphy exports from China by unlisted artists.
 */

export interface RestrictedArtist {
  /** Pinyin, surname first: "Qi Baishi". */
  readonly name: string;
  readonly surname: string;
  readonly givenName: string;
  /** Simplified and traditional characters. */
  readonly hanzi: readonly string[];
  /** Other romanisations (Wade-Giles, art names), each surname first. */
  readonly aliases?: readonly { readonly surname: string; readonly givenName: string }[];
  readonly lifeYears?: string;
}

function artist(
  surname: string,
  givenName: string,
  hanzi: readonly string[],
  lifeYears?: string,
  aliases?: readonly (readonly [string, string])[],
): RestrictedArtist {
  return {
    name: `${surname} ${givenName}`,
    surname,
    givenName,
    hanzi,
    lifeYears,
    aliases: aliases?.map(([aliasSurname, aliasGiven]) => ({
      surname: aliasSurname,
      givenName: aliasGiven,
    })),
  };
}

/** The 41-artist list (none of their works may leave). INCOMPLETE: 17 of 41. */
export const ALL_WORKS_PROHIBITED: readonly RestrictedArtist[] = [
  artist('Qi', 'Baishi', ['齐白石', '齊白石'], '1864-1957', [
    ['Ch’i', 'Pai-shih'],
    ['Chi', 'Pai-shih'],
    ['Qi', 'Huang'],
  ]),
  artist('Xu', 'Beihong', ['徐悲鸿', '徐悲鴻'], '1895-1953', [
    ['Hsu', 'Pei-hung'],
    ['Hsü', 'Pei-hung'],
    ['Ju', 'Péon'],
  ]),
  artist('Zhang', 'Daqian', ['张大千', '張大千'], '1899-1983', [
    ['Chang', 'Dai-chien'],
    ['Chang', 'Ta-ch’ien'],
  ]),
  artist('Wu', 'Guanzhong', ['吴冠中', '吳冠中'], '1919-2010', [['Wu', 'Kuan-chung']]),
  artist('Lin', 'Fengmian', ['林风眠', '林風眠'], '1900-1991', [['Lin', 'Feng-mien']]),
  artist('Li', 'Keran', ['李可染'], '1907-1989', [
    ['Li', 'K’o-jan'],
    ['Li', 'Ko-jan'],
  ]),
  artist('Fu', 'Baoshi', ['傅抱石'], '1904-1965', [['Fu', 'Pao-shih']]),
  artist('Huang', 'Binhong', ['黄宾虹', '黃賓虹'], '1865-1955', [['Huang', 'Pin-hung']]),
  artist('Wu', 'Changshuo', ['吴昌硕', '吳昌碩'], '1844-1927', [
    ['Wu', 'Ch’ang-shuo'],
    ['Wu', 'Chang-shih'],
    ['Wu', 'Junqing'],
  ]),
  artist('Feng', 'Zikai', ['丰子恺', '豐子愷'], '1898-1975', [['Feng', 'Tzu-k’ai']]),
  artist('Liu', 'Haisu', ['刘海粟', '劉海粟'], '1896-1994', [['Liu', 'Hai-su']]),
  artist('Guan', 'Shanyue', ['关山月', '關山月'], '1912-2000', [['Kuan', 'Shan-yüeh']]),
  artist('Chen', 'Yifei', ['陈逸飞', '陳逸飛'], '1946-2005'),
  artist('Guo', 'Moruo', ['郭沫若'], '1892-1978', [['Kuo', 'Mo-jo']]),
  artist('Li', 'Shutong', ['李叔同'], '1880-1942', [['Li', 'Shu-t’ung']]),
  artist('Yu', 'Youren', ['于右任'], '1879-1964', [['Yu', 'Yu-jen']]),
  // Not named in RULES.md: on the 2001 "no works may leave" list as published; confirm against 2023.
  artist('Pan', 'Tianshou', ['潘天寿', '潘天壽'], '1897-1971', [['P’an', 'T’ien-shou']]),
];

/**
 * The 158-artist list (representative works may not leave). ILLUSTRATIVE ONLY, not checked
 * against the notice: complete it from the 2023 notice.
 */
export const REPRESENTATIVE_WORKS_RESTRICTED: readonly RestrictedArtist[] = [
  artist('Wu', 'Zuoren', ['吴作人', '吳作人'], '1908-1997'),
  artist('Li', 'Kuchan', ['李苦禅', '李苦禪'], '1899-1983'),
  artist('Lu', 'Yanshao', ['陆俨少', '陸儼少'], '1909-1993'),
  artist('Cheng', 'Shifa', ['程十发', '程十髮'], '1921-2007'),
  artist('Guan', 'Liang', ['关良', '關良'], '1900-1986'),
  artist('Wang', 'Xuetao', ['王雪涛', '王雪濤'], '1903-1982'),
];
