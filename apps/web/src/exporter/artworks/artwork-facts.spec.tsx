import { screen } from '@testing-library/react';
import type { Language } from '../../i18n/i18n';
import { renderScreen } from '../../testing/render';
import type { Artwork } from '../shared/api-types';
import { artwork } from '../testing/exporter.fixture';
import { ArtworkFacts } from './artwork-facts';

/** What the facts say of the artist (the screen is cleared for the next one). */
const artistShown = (artist: Artwork['artist'], language: Language = 'en') => {
  const { unmount } = renderScreen(<ArtworkFacts artwork={artwork({ artist })} />, { language });
  const label = screen.getByText(language === 'en' ? 'Artist name' : '艺术家姓名', {
    selector: 'dt',
  });
  const shown = label.nextElementSibling?.textContent;
  unmount();
  return shown;
};

describe('an artwork’s artist', () => {
  it('is shown with the years of life known, as the customs screens write them', () => {
    expect(artistShown({ name: 'Lin Fengmian', birthYear: 1900, deathYear: 1991 })).toBe(
      'Lin Fengmian (1900–1991)',
    );
    expect(artistShown({ name: 'Ai Wei', birthYear: 1985 })).toBe('Ai Wei (1985–)');
    expect(artistShown({ name: 'Anon.', deathYear: 1950 })).toBe('Anon. (?–1950)');
    expect(artistShown({ name: 'Workshop', birthYear: -260, deathYear: -190 }, 'zh-CN')).toBe(
      'Workshop (公元前260年–公元前190年)',
    );
    expect(artistShown({ name: 'Unknown' })).toBe('Unknown');
  });
});
