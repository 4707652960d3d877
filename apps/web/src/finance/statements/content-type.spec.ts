import { fxRatesContentType, statementContentType } from './content-type';

describe('content type of an uploaded file', () => {
  it('sends a camt.053 .xml as application/xml and a .csv as text/csv, any case', () => {
    expect(statementContentType('camt053_2026-05-03.xml')).toBe('application/xml');
    expect(statementContentType('STATEMENT.XML')).toBe('application/xml');
    expect(statementContentType('export.2026.csv')).toBe('text/csv');
  });

  it('refuses what is neither', () => {
    expect(statementContentType('statement.pdf')).toBeUndefined();
    expect(statementContentType('statement')).toBeUndefined();
    expect(statementContentType('xml')).toBeUndefined();
  });

  it('reads ECB rates as CSV only', () => {
    expect(fxRatesContentType('eurofxref-hist.csv')).toBe('text/csv');
    expect(fxRatesContentType('eurofxref-hist.zip')).toBeUndefined();
  });
});
