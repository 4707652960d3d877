import {
  ensureWebBuilt,
  launchBrowser,
  startPlatform,
  TestContext,
  waitFor,
  type BrowserSession,
  type RunningPlatform,
} from '@artbridge/platform-testing';
import { answerOf } from '../answers';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * One journey per role, in Debian's Chromium against the whole platform run as processes,
 * every step through the screens: an exporter registers a 1935 ink painting and ships it to
 * Paris (customs must review it: a pre-1949 work needs an exit permit), attaches the permit;
 * an officer approves the declaration; finance uploads the bank statement that pays the
 * invoice; the exporter sees the journey move on. Screenshots of each step land in
 * artifacts/browser/journeys.
 */
describe('the web in a real browser: one journey per role', () => {
  const context = new TestContext();
  const files = mkdtempSync(join(tmpdir(), 'artbridge-browser-'));
  let platform: RunningPlatform;
  let browser: BrowserSession;
  let shipmentUrl: string;

  beforeAll(async () => {
    await ensureWebBuilt();
    [platform, browser] = await Promise.all([
      startPlatform(context, { serviceEnv: { LOGISTICS_INSPECTION_SECONDS: '0' } }),
      launchBrowser('journeys'),
    ]);
    context.onCleanup(() => browser.close());
  }, 240_000);
  afterAll(async () => {
    await context.cleanup();
    rmSync(files, { recursive: true, force: true });
  });

  async function signedIn(username: string): Promise<Page> {
    const page = await browser.page();
    page.setDefaultTimeout(30_000);
    await page.goto(`${platform.gateway.baseUrl}/sign-in`);
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    return page;
  }

  const shipmentStatus = (page: Page) => page.getByRole('status', { name: 'Shipment status' });

  it('an exporter registers an artwork, checks customs first, submits the shipment and attaches the permit', async () => {
    const page = await signedIn('exporter1');
    await page.getByRole('link', { name: 'Register an artwork' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Lotus Pond in Summer Rain');
    await page.getByLabel('Artist name').fill('Zhou Mingde');
    await page.getByLabel('Artist born (year)').fill('1890');
    await page.getByLabel('Artist died (year)').fill('1960');
    await page.getByLabel('Creation year', { exact: true }).fill('1935');
    await page.getByLabel('Category').selectOption('PAINTING');
    await page.getByLabel('Value', { exact: true }).fill('120000.00');
    await page.getByLabel('Currency', { exact: true }).fill('CNY');
    await page.getByLabel('Country of origin').fill('CN');
    await browser.screenshot(page, 'exporter-artwork-form');
    await page.getByRole('button', { name: 'Register artwork' }).click();
    await page.getByText('Artwork registered.').waitFor();
    await browser.screenshot(page, 'exporter-artwork-registered');

    await page.getByRole('link', { name: 'Ship this artwork' }).click();
    await page.getByLabel('Consignee name').fill('Galerie Lumière');
    await page.getByLabel('Consignee country').fill('FR');
    await page.getByLabel('Consignee address').fill('12 rue de Seine, 75006 Paris');
    await page.getByLabel('Origin country').fill('CN');
    await page.getByLabel('Origin place').fill('Shanghai');
    await page.getByLabel('Destination country').fill('FR');
    await page.getByLabel('Destination place').fill('Paris');
    await page.getByLabel('Transport mode').selectOption('AIR');
    await page.getByLabel('Purpose').selectOption('SALE');
    await page.getByLabel('Incoterm', { exact: true }).selectOption('DAP');
    await page.getByLabel('Incoterm place').fill('Paris');
    await page.getByLabel('Price', { exact: true }).fill('15000.00');
    await page.getByLabel('Price currency').fill('EUR');
    await page.getByRole('button', { name: 'Pre-check customs' }).click();
    const preCheck = page.getByRole('region', { name: 'Pre-check result' });
    await preCheck.getByText('Needs review').waitFor();
    expect(await preCheck.textContent()).toContain('CN-EXIT-PERMIT');
    await browser.screenshot(page, 'exporter-pre-check');

    await page.getByRole('button', { name: 'Submit shipment' }).click();
    await page.waitForURL(/\/exporter\/shipments\/[0-9a-f-]{36}$/);
    shipmentUrl = page.url();
    await shipmentStatus(page).getByText('Customs review').waitFor({ timeout: 45_000 });

    const licence = page.getByRole('form', { name: 'Attach a licence' });
    await licence.getByLabel('Licence type').fill('CN_EXIT_PERMIT');
    await licence.getByLabel('Licence number').fill('SH-2026-0042');
    await licence
      .getByLabel('Issuer')
      .fill('Shanghai Cultural Relics Entry-Exit Examination Office');
    await licence.getByLabel('Valid until').fill('2027-06-30');
    await licence.getByRole('button', { name: 'Attach licence' }).click();
    await page.getByText('SH-2026-0042').first().waitFor();
    await browser.screenshot(page, 'exporter-shipment-in-review');
    await page.context().close();
  });

  it('an officer opens it from the review queue and approves it', async () => {
    const page = await signedIn('officer1');
    await page.waitForURL('**/customs/queue');
    await page.getByRole('table', { name: 'Declarations' }).waitFor();
    await browser.screenshot(page, 'officer-queue');
    await page
      .getByRole('link', { name: /^Open declaration / })
      .first()
      .click();
    await page.getByText('Lotus Pond in Summer Rain').first().waitFor();
    await browser.screenshot(page, 'officer-declaration');
    await page.getByLabel('Reason').fill('Exit permit SH-2026-0042 checked against the work.');
    // the customs value is the sale's EUR 15,000 price (the work's CNY value, without an ECB
    // rate, is not needed): the engine computes France's 5.5 % import VAT itself, no duties to give
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/Decision recorded/).waitFor();
    await page.getByRole('table', { name: 'Audit trail' }).getByText('officer1').first().waitFor();
    await browser.screenshot(page, 'officer-approved');
    await page.context().close();
  });

  it('finance uploads the bank statement that pays the invoice', async () => {
    const finance = await platform.signIn('finance1');
    const invoice = await waitFor(
      'the invoice of the approved shipment',
      async () => {
        const response = await platform.api('/payments/invoices', { headers: finance });
        const { items } = await answerOf(response, 'payments_InvoicesController_list');
        return items.find((item) => item.status === 'OPEN');
      },
      { timeoutMs: 45_000, intervalMs: 500 },
    );
    const statement = join(files, 'statement.csv');
    writeFileSync(
      statement,
      [
        'date,amount,currency,reference,payer,iban',
        `${new Date().toISOString().slice(0, 10)},${invoice.total.amount},${invoice.total.currency},${invoice.reference},Galerie Lumière,FR7630006000011234567890189`,
      ].join('\n'),
    );

    const page = await signedIn('finance1');
    await page.getByRole('link', { name: 'Statements' }).click();
    await page.getByLabel('Statement file').setInputFiles(statement);
    await page.getByRole('button', { name: 'Upload statement' }).click();
    const summary = page.getByRole('table', { name: 'Import summary' });
    await summary.getByRole('row', { name: 'Matched 1' }).waitFor();
    await browser.screenshot(page, 'finance-statement-imported');
    await page.getByRole('link', { name: 'Invoices' }).click();
    await page.getByText(invoice.reference).waitFor();
    await browser.screenshot(page, 'finance-invoices');
    await page.context().close();
  });

  it('the exporter sees the journey move on past payment', async () => {
    const page = await signedIn('exporter1');
    await page.goto(shipmentUrl);
    await shipmentStatus(page).getByText('Paid').waitFor({ timeout: 45_000 });
    const journey = page.getByRole('list', { name: 'Journey' });
    expect(await journey.textContent()).toMatch(/paid/i);
    await browser.screenshot(page, 'exporter-journey-paid');
    await page.context().close();
  });
});
