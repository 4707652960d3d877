import { ApiError, type ApiErrorBody } from './api-client';
import { describeApiError, describeLocation, fileProblems } from './api-errors';

// the body as the API sends it, with what a case leaves out filled in (no message: the error)
const refusal = (status: number, body: Partial<ApiErrorBody>) =>
  new ApiError(
    status,
    { statusCode: status, error: '', message: '', ...body },
    'POST',
    '/payments/statements',
  );

describe('API refusals, in one line', () => {
  it('describes where in a file', () => {
    expect(describeLocation({ format: 'camt.053', statement: 1, entry: 3 })).toBe(
      'statement 1, entry 3',
    );
    expect(describeLocation({ format: 'camt.053', line: 2, column: 14 })).toBe('line 2, column 14');
    expect(describeLocation(undefined)).toBe('');
  });

  it('prints a 400 for a file as file: location: reason', () => {
    const error = refusal(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: ["'10.001' has 3 decimals but EUR has 2"],
      location: { format: 'csv', entry: 2, line: 3 },
    });
    expect(describeApiError(error, { file: 'may.csv' }).line).toBe(
      "may.csv: entry 2, line 3: '10.001' has 3 decimals but EUR has 2",
    );
  });

  it('tells how to re-run a file that is not UTF-8, unless --charset was given', () => {
    const notUtf8 = refusal(400, {
      message: [
        "file is not valid UTF-8 at byte 41 (line 2): send charset=<the file's encoding> in its Content-Type (text/csv; charset=windows-1252), or send it as UTF-8",
      ],
    });
    expect(describeApiError(notUtf8, { file: 'bank.csv', suggestCharset: true }).line).toBe(
      "bank.csv: file is not valid UTF-8 at byte 41 (line 2): re-run with --charset windows-1252 (or the file's encoding), or save it as UTF-8",
    );
    // with --charset given, the service's own words: the charset named was not the file's
    expect(describeApiError(notUtf8, { file: 'bank.csv' }).line).toContain('send charset=');
    const other = refusal(400, { message: ['line 2: column date is not a date'] });
    expect(describeApiError(other, { file: 'bank.csv', suggestCharset: true }).line).toBe(
      'bank.csv: line 2: column date is not a date',
    );
  });

  it('does not say the line twice when the message has it', () => {
    const statement = refusal(400, {
      message: ["csv entry 1, line 2: column date: '2026-13-01' is not a date (YYYY-MM-DD)"],
      location: { format: 'csv', entry: 1, line: 2 },
    });
    expect(fileProblems(statement)).toEqual([
      "entry 1, line 2: column date: '2026-13-01' is not a date (YYYY-MM-DD)",
    ]);
    const camt = refusal(400, {
      message: ['camt.053 statement 1, entry 3 at Document/Stmt[1]/Ntry[3]/Amt: not an amount'],
      location: { format: 'camt.053', statement: 1, entry: 3 },
    });
    expect(describeApiError(camt, { file: 'may.xml' }).line).toBe(
      'may.xml: statement 1, entry 3 at Document/Stmt[1]/Ntry[3]/Amt: not an amount',
    );
    const fx = refusal(400, {
      message: ["ECB rates line 2: JPY rate 'abc' is not a decimal number"],
      line: 2,
    });
    expect(describeApiError(fx, { file: 'rates.csv' }).line).toBe(
      "rates.csv: ECB rates line 2: JPY rate 'abc' is not a decimal number",
    );
  });

  it('joins several reasons, and names no file when there is none', () => {
    const error = refusal(400, {
      message: ['status must be one of PENDING, REDRIVEN', 'page must not be less than 1'],
    });
    expect(describeApiError(error).line).toBe(
      'artbridge: refused: status must be one of PENDING, REDRIVEN; page must not be less than 1',
    );
    expect(describeApiError(error, { file: 'x.csv' }).line).toBe(
      'x.csv: status must be one of PENDING, REDRIVEN; page must not be less than 1',
    );
  });

  it.each([
    [
      403,
      { message: 'this needs one of the roles FINANCE' },
      'artbridge: exporter1 may not do this (403): this needs one of the roles FINANCE',
    ],
    [
      409,
      { message: 'dead letter x was redriven already, at 2026-11-24T09:00:00.000Z' },
      'artbridge: dead letter x was redriven already, at 2026-11-24T09:00:00.000Z (409)',
    ],
    [
      502,
      { message: 'payments is not reachable (ECONNREFUSED)' },
      'artbridge: payments is not reachable (ECONNREFUSED)',
    ],
    [
      500,
      { statusCode: 500, message: 'Internal server error' },
      'artbridge: the service failed (500): Internal server error',
    ],
    [404, { error: 'Not Found' }, 'artbridge: Not Found (404)'],
  ])('says a %i plainly', (status, body, line) => {
    expect(describeApiError(refusal(status, body), { user: 'exporter1' }).line).toBe(line);
  });

  it('names the file of a 413 or 415', () => {
    const error = refusal(415, { message: 'send the file as text/csv, not application/xml' });
    expect(describeApiError(error, { file: 'r.xml' }).line).toBe(
      'r.xml: send the file as text/csv, not application/xml (415)',
    );
  });
});
