import type { ArtworkAttributes, AssessmentRequest } from '../model';
import { anArtwork, aRequest, eur } from '../../testing/artwork-builder';
import { assessWithFixtures, effectOf, findingsOf } from '../../testing/assessment-queries';
import { customsTerritoryOf, vatTerritoryOf } from './territories';

/** A painting of 1900 worth EUR 1,000,000: EU-EXP-PAINTING's licence when it leaves the EU. */
function painting(
  exportCountry: string,
  importCountry: string,
  item: Partial<ArtworkAttributes> = {},
  request: Partial<AssessmentRequest> = {},
) {
  return assessWithFixtures(
    aRequest({
      exportCountry,
      importCountry,
      items: [
        anArtwork({
          category: 'PAINTING',
          technique: 'OIL',
          creationYear: 1900,
          value: eur('1000000.00'),
          originCountry: 'FR',
          ...item,
        }),
      ],
      ...request,
    }),
  );
}

describe('the customs territory of the Union (Union Customs Code, Article 4)', () => {
  it.each(['MC', 'GP', 'MQ', 'GF', 'RE', 'YT', 'MF', 'AX', 'FR', 'FI'])('%s is in it', (code) => {
    expect(customsTerritoryOf(code)).toBe('EU');
  });

  it.each(['CH', 'GB', 'NO', 'AD', 'SM', 'BL', 'PF', 'NC'])('%s is not', (code) => {
    expect(customsTerritoryOf(code)).toBe(code);
  });

  it('the EU VAT area holds Monaco (taxed as France), not the outermost regions or Åland', () => {
    expect(['FR', 'MC', 'FI'].map(vatTerritoryOf)).toEqual(['EU', 'EU', 'EU']);
    expect(['GP', 'RE', 'AX'].map(vatTerritoryOf)).toEqual(['GP', 'RE', 'AX']);
  });
});

describe('export controls (Regulation 116/2009) leave from the whole customs territory', () => {
  it.each(['MC', 'GP', 'AX'])('%s → US needs the EU export licence', (origin) => {
    const assessment = painting(origin, 'US');
    expect(effectOf(assessment, 'EU-EXP-PAINTING')).toBe('LICENCE_REQUIRED');
    expect(assessment.items[0].licencesRequired).toContain('EU_EXPORT_LICENCE');
    expect(assessment.outcome).toBe('REVIEW');
  });

  it('MC → CH, an archaeological object of the year 1000 worth EUR 1: EU-EXP-ARCH, any value', () => {
    const assessment = painting('MC', 'CH', {
      category: 'ARCHAEOLOGICAL',
      technique: undefined,
      creationYear: 1000,
      value: eur('1.00'),
    });
    expect(effectOf(assessment, 'EU-EXP-ARCH')).toBe('LICENCE_REQUIRED');
    expect(assessment.outcome).toBe('REVIEW');
  });

  it.each([
    ['FR', 'MC'],
    ['MC', 'FR'],
    ['FR', 'GP'],
    ['GP', 'FR'],
    ['FI', 'AX'],
    ['AX', 'DE'],
  ])('%s → %s leaves no customs territory: no export licence', (from, to) => {
    const assessment = painting(from, to);
    expect(effectOf(assessment, 'EU-EXP-PAINTING')).toBe('NONE');
    expect(effectOf(assessment, 'NO-CUSTOMS-BORDER')).toBe('INFO');
  });
});

describe('import controls (Regulation 2019/880) enter the whole customs territory', () => {
  const archaeological = { category: 'ARCHAEOLOGICAL', creationYear: 1000, originCountry: 'EG' };

  it.each(['MC', 'GP', 'AX'])('US → %s needs the EU import licence', (destination) => {
    const assessment = painting('US', destination, archaeological as Partial<ArtworkAttributes>);
    expect(effectOf(assessment, 'EU-IMP-LICENCE')).toBe('LICENCE_REQUIRED');
  });

  it.each(['MC', 'GP', 'AX'])('%s → FR enters nothing: no import licence', (origin) => {
    const assessment = painting(origin, 'FR', archaeological as Partial<ArtworkAttributes>);
    expect(effectOf(assessment, 'EU-IMP-LICENCE')).toBe('NONE');
  });

  it.each(['MC', 'GP', 'AX'])('an item created in %s was created inside the territory', (made) => {
    const antique = { category: 'ANTIQUE', creationYear: 1700, originCountry: made } as const;
    expect(effectOf(painting('US', 'FR', antique), 'EU-IMP-STATEMENT')).toBe('NONE');
    expect(
      effectOf(painting('US', 'FR', { ...antique, originCountry: 'US' }), 'EU-IMP-STATEMENT'),
    ).toBe('LICENCE_REQUIRED');
  });
});

describe('duty and import tax across the customs territory', () => {
  it('FR → MC and MC → DE: one customs territory and one VAT area, nothing assessed', () => {
    for (const [from, to] of [
      ['FR', 'MC'],
      ['MC', 'DE'],
    ]) {
      const assessment = painting(from, to);
      expect(assessment.duties).toBeNull();
      expect(assessment.items[0].findings.map((finding) => finding.ruleId)).toEqual([
        'HS-9701',
        'NO-CUSTOMS-BORDER',
      ]);
      expect(assessment.outcome).toBe('CLEAR');
    }
  });

  it.each(['GP', 'AX'])(
    'FI or FR → %s: no customs duty, and no member state’s EU-IMPORT-VAT: the destination’s own taxes',
    (destination) => {
      const assessment = painting(destination === 'AX' ? 'FI' : 'FR', destination);
      expect(assessment.duties).toBeNull();
      expect(effectOf(assessment, 'NO-CUSTOMS-BORDER')).toBe('INFO');
      expect(effectOf(assessment, 'TARIFF-UNKNOWN-DESTINATION')).toBe('INFO');
      expect(assessment.outcome).toBe('CLEAR');
    },
  );

  it.each(['GP', 'AX'])(
    'US → %s: the destination’s taxes, not a member state’s VAT',
    (destination) => {
      const assessment = painting('US', destination);
      expect(assessment.duties).toBeNull();
      expect(effectOf(assessment, 'TARIFF-UNKNOWN-DESTINATION')).toBe('INFO');
      expect(effectOf(assessment, 'NO-CUSTOMS-BORDER')).toBe('NONE');
    },
  );

  it.each([
    ['GP', 'FR', '5.5'],
    ['AX', 'FI', '14'],
  ])('%s → %s crosses the tax border: import VAT %s %%, no customs duty', (from, to, percent) => {
    const assessment = painting(from, to, { value: eur('1000.00') });
    expect(findingsOf(assessment, 'NO-CUSTOMS-BORDER')[0].message).toContain('tax border');
    expect(assessment.duties!.lines[0]).toMatchObject({
      status: 'COMPUTED',
      duty: eur('0.00'),
      vatRate: { ruleId: 'EU-IMPORT-VAT', percent },
    });
  });

  it('US → MC: as before, not computed (the table holds the member states)', () => {
    const assessment = painting('US', 'MC');
    expect(assessment.duties).toBeNull();
    expect(effectOf(assessment, 'TARIFF-UNKNOWN-DESTINATION')).toBe('INFO');
  });
});
