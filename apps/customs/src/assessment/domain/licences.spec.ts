import { licenceTypesOf } from './licences';
import { CUSTOMS_RULE_BOOK } from './rules';

describe('licenceTypesOf', () => {
  it('lists every licence the rule book can require', () => {
    expect(licenceTypesOf(CUSTOMS_RULE_BOOK)).toEqual([
      'CITES_PERMIT',
      'CITES_PRE_CONVENTION',
      'CN_EXIT_PERMIT',
      'EU_EXPORT_LICENCE',
      'EU_IMPORT_LICENCE',
      'IMPORTER_STATEMENT',
      'UK_EXPORT_LICENCE',
      'UK_IVORY_REGISTRATION',
    ]);
  });

  it('reads new licences from the data', () => {
    const book = {
      ...CUSTOMS_RULE_BOOK,
      rules: [
        {
          ...CUSTOMS_RULE_BOOK.rules.find((rule) => rule.id === 'EU-EXP-PAINTING')!,
          params: { licence: 'XX_LICENCE' },
        },
      ],
    } as unknown as typeof CUSTOMS_RULE_BOOK;
    expect(licenceTypesOf(book)).toEqual(['XX_LICENCE']);
  });
});
