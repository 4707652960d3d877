import {
  ALL_WORKS_PROHIBITED,
  REPRESENTATIVE_WORKS_RESTRICTED,
} from '../rules/china-restricted-artists';
import { compactName, findRestrictedArtist } from './artist-names';

describe('restricted artist names', () => {
  it('compacts case, spacing, hyphens, apostrophes and tone marks', () => {
    expect(compactName('Xú Bēi-hóng')).toBe('xubeihong');
    expect(compactName("Ch'i  Pai-shih")).toBe('chipaishih');
    expect(compactName('齐 白石')).toBe('齐白石');
  });

  it.each([
    ['Qi Baishi', 'Qi Baishi'],
    ['QI BAISHI', 'Qi Baishi'],
    ['qi baishi', 'Qi Baishi'],
    ['Qi Bai-shi', 'Qi Baishi'],
    ['Qi Bai Shi', 'Qi Baishi'],
    ['Baishi Qi', 'Qi Baishi'],
    ['Qi, Baishi', 'Qi Baishi'],
    ['  Qi   Baishi  ', 'Qi Baishi'],
    ['Qi Baishi (1864-1957)', 'Qi Baishi'],
    ['Qi Baishi (Qi Huang)', 'Qi Baishi'],
    ["Ch'i Pai-shih", 'Qi Baishi'],
    ['齐白石', 'Qi Baishi'],
    ['齊白石', 'Qi Baishi'],
    ['Attributed to Qi Baishi', 'Qi Baishi'],
    ['Xú Bēihóng', 'Xu Beihong'],
    ['Beihong Xu', 'Xu Beihong'],
    ['徐悲鸿', 'Xu Beihong'],
    ['Chang Dai-chien', 'Zhang Daqian'],
    ['张大千', 'Zhang Daqian'],
    ['Guanzhong Wu', 'Wu Guanzhong'],
    ['吴冠中', 'Wu Guanzhong'],
    ['林风眠', 'Lin Fengmian'],
    ['李可染', 'Li Keran'],
    ['傅抱石', 'Fu Baoshi'],
    ['黄宾虹', 'Huang Binhong'],
    ['吴昌硕', 'Wu Changshuo'],
    ['丰子恺', 'Feng Zikai'],
    ['刘海粟', 'Liu Haisu'],
    ['关山月', 'Guan Shanyue'],
    ['Chen Yi-fei', 'Chen Yifei'],
    ['陈逸飞', 'Chen Yifei'],
    ['郭沫若', 'Guo Moruo'],
    ['李叔同', 'Li Shutong'],
    ['于右任', 'Yu Youren'],
    ['Youren Yu', 'Yu Youren'],
  ])('"%s" is %s', (catalogued, listed) => {
    expect(findRestrictedArtist(catalogued, ALL_WORKS_PROHIBITED)?.artist.name).toBe(listed);
  });

  it.each(['Qi Gong', 'Baishi', 'Wu', 'Li Ke', 'Zhang Da', 'Xu Bing', 'William Blake', '', '白石'])(
    '"%s" is not on the 41 list',
    (name) => {
      expect(findRestrictedArtist(name, ALL_WORKS_PROHIBITED)).toBeUndefined();
    },
  );

  it.each([
    'Huang Qiang',
    'Huang Qiuyuan',
    'Zhao Qihuang',
    'Huang Qizhi',
    'Huang Qingshan',
    'Qihuang Zhao',
    'Qibaishi Wang',
    'Wu Guanzhongxin',
    'Li Kerana',
  ])('"%s" holds a listed name only as letters inside other words: no match', (name) => {
    expect(findRestrictedArtist(name, ALL_WORKS_PROHIBITED)).toBeUndefined();
  });

  it('matches an alias surname first only: "Huang Qi" is someone else, not Qi Huang reversed', () => {
    expect(findRestrictedArtist('Qi Huang', ALL_WORKS_PROHIBITED)?.artist.name).toBe('Qi Baishi');
    expect(findRestrictedArtist('Huang Qi', ALL_WORKS_PROHIBITED)).toBeUndefined();
    expect(findRestrictedArtist('Huang, Qi', ALL_WORKS_PROHIBITED)).toBeUndefined();
    // The listed pinyin name still matches either way round.
    expect(findRestrictedArtist('Daqian Zhang', ALL_WORKS_PROHIBITED)?.artist.name).toBe(
      'Zhang Daqian',
    );
  });

  it('still finds a Han name of 3+ characters inside a longer text', () => {
    expect(findRestrictedArtist('传齐白石作', ALL_WORKS_PROHIBITED)?.artist.name).toBe('Qi Baishi');
    expect(findRestrictedArtist('齐 白石', ALL_WORKS_PROHIBITED)?.artist.name).toBe('Qi Baishi');
    expect(findRestrictedArtist('黄秋园', ALL_WORKS_PROHIBITED)).toBeUndefined();
  });

  it('keeps the two lists apart', () => {
    expect(findRestrictedArtist('Wu Zuoren', REPRESENTATIVE_WORKS_RESTRICTED)?.artist.name).toBe(
      'Wu Zuoren',
    );
    expect(findRestrictedArtist('Wu Zuoren', ALL_WORKS_PROHIBITED)).toBeUndefined();
    expect(findRestrictedArtist('Qi Baishi', REPRESENTATIVE_WORKS_RESTRICTED)).toBeUndefined();
  });

  it('holds at least the 16 artists RULES.md names on the 41 list', () => {
    const named = [
      'Qi Baishi',
      'Xu Beihong',
      'Zhang Daqian',
      'Wu Guanzhong',
      'Lin Fengmian',
      'Li Keran',
      'Fu Baoshi',
      'Huang Binhong',
      'Wu Changshuo',
      'Feng Zikai',
      'Liu Haisu',
      'Guan Shanyue',
      'Chen Yifei',
      'Guo Moruo',
      'Li Shutong',
      'Yu Youren',
    ];
    expect(ALL_WORKS_PROHIBITED.map((artist) => artist.name)).toEqual(
      expect.arrayContaining(named),
    );
    expect(ALL_WORKS_PROHIBITED.length).toBeLessThanOrEqual(41);
  });
});
