import {
  ensureWebBuilt,
  launchBrowser,
  startPlatform,
  TestContext,
  type BrowserSession,
  type RunningPlatform,
} from '@artbridge/platform-testing';
import type { Page } from 'playwright-core';

/**
 * The web in Debian's Chromium against the real platform (four services and the gateway as
 * processes): each role signs in and lands on its own home, texts switch to Simplified
 * Chinese, a token the services refuse signs the user out with a notice.
 */
describe('the web in a real browser: sign-in and roles', () => {
  const context = new TestContext();
  let platform: RunningPlatform;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureWebBuilt();
    [platform, browser] = await Promise.all([startPlatform(context), launchBrowser('sign-in')]);
    context.onCleanup(() => browser.close());
  }, 240_000);
  afterAll(() => context.cleanup());

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${platform.gateway.baseUrl}/`);
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it.each([
    ['exporter1', '/exporter/artworks'],
    ['officer1', '/customs/queue'],
    ['finance1', '/finance/invoices'],
  ])('%s signs in and lands on %s, and signs out', async (username, home) => {
    const page = await browser.page();
    await signIn(page, username);
    await page.waitForURL(`**${home}`);
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await browser.screenshot(page, `${username}-home`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.context().close();
  });

  it('says so when the password is wrong', async () => {
    const page = await browser.page();
    await page.goto(`${platform.gateway.baseUrl}/sign-in`);
    await page.getByLabel('User name').fill('exporter1');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('User name or password is wrong.').waitFor();
    expect(await page.getByLabel('User name').inputValue()).toBe('exporter1');
    await page.context().close();
  });

  it('switches to Simplified Chinese and remembers it', async () => {
    const page = await browser.page();
    await signIn(page, 'finance1');
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await browser.screenshot(page, 'finance-zh-CN');
    await page.reload();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await page.context().close();
  });

  it('signs out with a notice when the services refuse the token', async () => {
    const page = await browser.page();
    await signIn(page, 'exporter1');
    await page.waitForURL('**/exporter/artworks');
    // a token the services refuse (as after a secret rotation), not yet expired by its clock
    // (a string: it runs in the page, where sessionStorage is)
    await page.evaluate(`{
      const session = JSON.parse(sessionStorage.getItem('artbridge.session'));
      session.token = session.token.slice(0, -4) + 'AAAA';
      sessionStorage.setItem('artbridge.session', JSON.stringify(session));
    }`);
    await page.reload();
    await page.getByText('Your session has expired. Please sign in again.').waitFor();
    await browser.screenshot(page, 'expired-session');
    await page.context().close();
  });

  it('an officer cannot open the finance console', async () => {
    const page = await browser.page();
    await signIn(page, 'officer1');
    await page.waitForURL('**/customs/queue');
    await page.goto(`${platform.gateway.baseUrl}/finance/invoices`);
    await page.getByText('You may not see this page.').waitFor();
    await page.context().close();
  });
});
