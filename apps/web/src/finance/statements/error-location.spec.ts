import { locationOf, locationParts } from './error-location';

describe('where a refused statement file is wrong', () => {
  it('reads a camt.053 location in reading order', () => {
    const location = locationOf({
      statusCode: 400,
      message: ['camt.053 statement 1, entry 3 at Document/Stmt[1]/Ntry[3]/Amt: not an amount'],
      location: {
        path: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt',
        entry: 3,
        format: 'camt.053',
        statement: 1,
      },
    });
    expect(locationParts(location!)).toEqual([
      { part: 'format', value: 'camt.053' },
      { part: 'statement', value: '1' },
      { part: 'entry', value: '3' },
      { part: 'path', value: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt' },
    ]);
  });

  it('reads a CSV line and column', () => {
    expect(locationParts({ format: 'csv', line: 7, column: 2 })).toEqual([
      { part: 'format', value: 'csv' },
      { part: 'line', value: '7' },
      { part: 'column', value: '2' },
    ]);
  });

  it('has no location when the body has none or a useless one', () => {
    expect(locationOf({ message: ['the statement file is empty'] })).toBeUndefined();
    expect(locationOf({ location: 'somewhere' })).toBeUndefined();
    expect(locationOf({ location: {} })).toBeUndefined();
    expect(locationOf(undefined)).toBeUndefined();
  });
});
