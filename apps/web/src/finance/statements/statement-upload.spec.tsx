import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import type { FxRatesImportResult, StatementImportResult } from '../finance.types';
import { StatementsPage } from './statements-page';

const finance = { username: 'finance1', roles: ['FINANCE' as const] };

const imported: StatementImportResult = {
  statementId: '0190a1b2-0000-7000-8000-00000000a001',
  format: 'camt.053',
  version: '001.08',
  entries: 12,
  duplicates: 2,
  payments: 11,
  matched: 7,
  partiallyPaid: 1,
  reversed: 0,
  suggested: 2,
  exceptions: 2,
  balanceCheck: { status: 'BALANCED', statements: [] },
};

function statementsScreen(api: ReturnType<typeof fakeApi>) {
  renderScreen(<StatementsPage />, {
    route: '/finance/statements',
    user: finance,
    fetch: api.fetch,
  });
}

describe('statement upload', () => {
  it('sends a camt.053 file as application/xml and shows the import summary', async () => {
    const api = fakeApi(on('POST', '/payments/statements', () => ({ json: imported })));
    statementsScreen(api);
    const file = new File(['<Document/>'], 'camt053-2026-05-03.xml');
    await userEvent.upload(screen.getByLabelText('Statement file'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Upload statement' }));

    const summary = await screen.findByRole('table', { name: 'Import summary' });
    const row = (name: string) => within(summary).getByRole('row', { name });
    expect(row('Format camt.053')).toBeTruthy();
    expect(row('Version 001.08')).toBeTruthy();
    expect(row('Entries 12')).toBeTruthy();
    expect(row('Duplicates 2')).toBeTruthy();
    expect(row('Payments 11')).toBeTruthy();
    expect(row('Matched 7')).toBeTruthy();
    expect(row('Partially paid 1')).toBeTruthy();
    expect(row('Suggested 2')).toBeTruthy();
    expect(row('Exceptions 2')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Review 4 payments in reconciliation' })).toBeTruthy();

    const call = api.calls.find((c) => c.method === 'POST')!;
    expect(call.path).toBe('/payments/statements');
    expect(call.headers['content-type']).toBe('application/xml');
    expect(call.body).toBe(file);
  });

  it('sends a .csv as text/csv with the account it is for', async () => {
    const api = fakeApi(
      on('POST', '/payments/statements', () => ({
        json: { ...imported, format: 'csv', version: undefined } satisfies StatementImportResult,
      })),
    );
    statementsScreen(api);
    await userEvent.upload(
      screen.getByLabelText('Statement file'),
      new File(['date,amount,currency,reference,payer,iban\n'], 'export.CSV'),
    );
    await userEvent.type(screen.getByLabelText('Bank account (CSV only, optional)'), 'DE-OPS');
    await userEvent.click(screen.getByRole('button', { name: 'Upload statement' }));
    expect(await screen.findByRole('table', { name: 'Import summary' })).toBeTruthy();
    const call = api.calls.find((c) => c.method === 'POST')!;
    expect(call.path).toBe('/payments/statements?account=DE-OPS');
    expect(call.headers['content-type']).toBe('text/csv');
  });

  it('names the encoding chosen in the content type: a Windows-1252 CSV is read as such', async () => {
    const api = fakeApi(
      on('POST', '/payments/statements', () => ({
        json: { ...imported, format: 'csv', version: undefined } satisfies StatementImportResult,
      })),
    );
    statementsScreen(api);
    const encoding = screen.getByLabelText('Encoding') as HTMLSelectElement;
    expect(encoding.value).toBe('utf-8');
    await userEvent.upload(
      screen.getByLabelText('Statement file'),
      new File([new Uint8Array([0x64, 0xfc, 0x0a])], 'bank.csv'),
    );
    await userEvent.selectOptions(encoding, 'Windows-1252 (Western European)');
    await userEvent.click(screen.getByRole('button', { name: 'Upload statement' }));
    expect(await screen.findByRole('table', { name: 'Import summary' })).toBeTruthy();
    const call = api.calls.find((c) => c.method === 'POST')!;
    expect(call.headers['content-type']).toBe('text/csv; charset=windows-1252');
  });

  it('shows a bad file’s reason and where in the file, next to the file field, keeping the file', async () => {
    const reason =
      'camt.053 statement 1, entry 3 at Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt: "12,50" is not an amount';
    const api = fakeApi(
      on('POST', '/payments/statements', () => ({
        status: 400,
        json: {
          statusCode: 400,
          error: 'Bad Request',
          message: [reason],
          location: {
            format: 'camt.053',
            path: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt',
            statement: 1,
            entry: 3,
          },
        },
      })),
    );
    statementsScreen(api);
    const input = screen.getByLabelText('Statement file') as HTMLInputElement;
    await userEvent.upload(input, new File(['<Document>'], 'broken.xml'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload statement' }));

    expect((await screen.findByRole('alert')).textContent).toBe(reason);
    const where = screen.getByRole('group', { name: 'Where in the file' });
    expect(within(where).getByText('Entry').nextSibling?.textContent).toBe('3');
    expect(within(where).getByText('Statement').nextSibling?.textContent).toBe('1');
    expect(within(where).getByText('Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(where.id);
    expect(input.files?.[0]?.name).toBe('broken.xml');
    expect(screen.queryByRole('table', { name: 'Import summary' })).toBeNull();
  });

  it('says, next to the file, to choose its encoding when it is not UTF-8', async () => {
    const api = fakeApi(
      on('POST', '/payments/statements', () => ({
        status: 400,
        json: {
          statusCode: 400,
          message:
            "file is not valid UTF-8 at byte 41 (line 2): send charset=<the file's encoding> in its Content-Type (text/csv; charset=windows-1252), or send it as UTF-8",
          line: 2,
        },
      })),
    );
    statementsScreen(api);
    const input = screen.getByLabelText('Statement file');
    await userEvent.upload(input, new File([new Uint8Array([0x64, 0xfc, 0x0a])], 'bank.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload statement' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The file is not UTF-8: choose Windows-1252 under Encoding, or save it as UTF-8.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/charset=/)).toBeNull();
  });

  it('says it in Simplified Chinese too', async () => {
    const api = fakeApi(
      on('POST', '/payments/statements', () => ({
        status: 400,
        json: {
          statusCode: 400,
          message:
            "file is not valid UTF-8 at byte 41 (line 2): send charset=<the file's encoding> in its Content-Type (text/csv; charset=windows-1252), or send it as UTF-8",
        },
      })),
    );
    renderScreen(<StatementsPage />, {
      route: '/finance/statements',
      user: finance,
      fetch: api.fetch,
      language: 'zh-CN',
    });
    await userEvent.upload(
      screen.getByLabelText('对账单文件'),
      new File([new Uint8Array([0x64, 0xfc, 0x0a])], 'bank.csv'),
    );
    await userEvent.click(screen.getByRole('button', { name: '上传对账单' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '该文件不是 UTF-8 编码：请在“编码”中选择 Windows-1252，或将其另存为 UTF-8。',
    );
  });

  it('refuses a file that is neither .xml nor .csv before sending anything', async () => {
    const api = fakeApi();
    statementsScreen(api);
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText('Statement file'), new File(['%PDF'], 'statement.pdf'));
    await user.click(screen.getByRole('button', { name: 'Upload statement' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'statement.pdf is neither a camt.053 .xml file nor a .csv file.',
    );
    expect(api.calls).toEqual([]);
  });

  it('is in Simplified Chinese when asked', async () => {
    const api = fakeApi(on('POST', '/payments/statements', () => ({ json: imported })));
    renderScreen(<StatementsPage />, {
      route: '/finance/statements',
      user: finance,
      fetch: api.fetch,
      language: 'zh-CN',
    });
    await userEvent.upload(screen.getByLabelText('对账单文件'), new File(['<D/>'], 'a.xml'));
    await userEvent.click(screen.getByRole('button', { name: '上传对账单' }));
    const summary = await screen.findByRole('table', { name: '导入摘要' });
    expect(within(summary).getByRole('row', { name: '已匹配 7' })).toBeTruthy();
  });
});

describe('FX rates upload', () => {
  it('sends the ECB CSV as text/csv and shows what it held', async () => {
    const api = fakeApi(
      on('POST', '/payments/fx-rates', () => ({
        json: {
          days: 2,
          currencies: ['CNY', 'USD'],
          rates: 4,
          published: 2,
          from: '2026-05-01',
          to: '2026-05-04',
        } satisfies FxRatesImportResult,
      })),
    );
    statementsScreen(api);
    await userEvent.upload(
      screen.getByLabelText('Rates file'),
      new File(['Date, USD, CNY,\n'], 'eurofxref-hist.csv'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Upload rates' }));
    const summary = await screen.findByRole('table', { name: 'Rates import summary' });
    expect(within(summary).getByRole('row', { name: 'Days 2' })).toBeTruthy();
    expect(within(summary).getByRole('row', { name: 'Currencies CNY, USD' })).toBeTruthy();
    expect(within(summary).getByRole('row', { name: 'First day May 1, 2026' })).toBeTruthy();
    const call = api.calls.find((c) => c.method === 'POST')!;
    expect(call.headers['content-type']).toBe('text/csv');
  });

  it('shows the service’s reason under the rates file field', async () => {
    const api = fakeApi(
      on('POST', '/payments/fx-rates', () => ({
        status: 400,
        json: { statusCode: 400, message: ['ECB rates line 3: "abc" is not a rate'], line: 3 },
      })),
    );
    statementsScreen(api);
    const input = screen.getByLabelText('Rates file');
    await userEvent.upload(input, new File(['x'], 'rates.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload rates' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'ECB rates line 3: "abc" is not a rate',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
