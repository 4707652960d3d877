import { checkJsonLines, looksBinary, statementFormat, textOf, withCharset } from './files';

describe('input files', () => {
  it('tells binary from text', () => {
    expect(looksBinary(Buffer.from('{"title":"x"}\n'))).toBe(false);
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBe(true);
    expect(() => textOf('a.png', Buffer.from([0x89, 0x00]), 'JSON Lines')).toThrow(
      'a.png: not a text file (expected JSON Lines)',
    );
    expect(textOf('a.csv', Buffer.from('\uFEFFdate,amount'), 'CSV')).toBe('date,amount');
  });

  it('lets JSON Lines through, bad lines among them included (the catalog rejects those)', () => {
    expect(() => checkJsonLines('w.jsonl', 'not json\n{"title":"x"}\n\n')).not.toThrow();
  });

  it('stops what is not JSON Lines at all, saying what it looks like', () => {
    expect(() => checkJsonLines('w.csv', 'title,artist\nx,y\n')).toThrow(
      'w.csv: line 1: not JSON Lines: expected one JSON object (an artwork) on each line',
    );
    expect(() => checkJsonLines('w.json', '\n[{"title":"x"}]')).toThrow(
      'w.json: line 2: a JSON array, not JSON Lines: put one artwork object on each line',
    );
    expect(() => checkJsonLines('w.jsonl', '\n  \n')).toThrow(
      'w.jsonl: holds no records (only blank lines)',
    );
  });

  it('decides a statement format by option, extension, then content', () => {
    expect(statementFormat('may.XML', 'date,amount')).toBe('xml');
    expect(statementFormat('may.csv', '<Document/>')).toBe('csv');
    expect(statementFormat('may.txt', '  <?xml version="1.0"?><Document/>')).toBe('xml');
    expect(statementFormat('may.txt', 'date,amount,currency')).toBe('csv');
    expect(statementFormat('may.xml', '', 'CSV')).toBe('csv');
    expect(() => statementFormat('may.xml', '', 'pdf')).toThrow(
      "artbridge: --format must be xml or csv, not 'pdf'",
    );
  });

  it('names --charset in the Content-Type, a plain encoding name only', () => {
    expect(withCharset('text/csv')).toBe('text/csv');
    expect(withCharset('text/csv', 'Windows-1252')).toBe('text/csv; charset=windows-1252');
    expect(() => withCharset('text/csv', 'latin1\r\nx-evil: 1')).toThrow(
      '--charset must be an encoding name such as windows-1252 or utf-8',
    );
  });
});
