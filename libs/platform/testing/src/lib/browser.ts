import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WORKSPACE_ROOT } from './infrastructure';

const run = promisify(execFile);
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Where browser tests leave their screenshots (CI keeps artifacts/). */
export const BROWSER_ARTIFACTS = resolve(WORKSPACE_ROOT, 'artifacts/browser');

/**
 * Debian's Chromium: CHROMIUM_PATH, else /usr/bin/chromium, installed with apt-get when it is
 * missing (never a downloaded browser), with a Chinese font so zh-CN screenshots are legible.
 * Fails with one clear line when it cannot be had.
 */
export async function ensureChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env['CHROMIUM_PATH']) {
    if (!existsSync(env['CHROMIUM_PATH']))
      throw new Error(`CHROMIUM_PATH=${env['CHROMIUM_PATH']} does not exist`);
    return env['CHROMIUM_PATH'];
  }
  const missing = [
    ...(CANDIDATES.some((path) => existsSync(path)) ? [] : ['chromium']),
    ...((await hasChineseFont()) ? [] : ['fonts-wqy-microhei']),
  ];
  if (missing.length > 0) await aptInstall(missing);
  const installed = CANDIDATES.find((path) => existsSync(path));
  if (!installed)
    throw new Error('apt-get installed chromium but no binary is at /usr/bin/chromium');
  return installed;
}

async function hasChineseFont(): Promise<boolean> {
  try {
    const { stdout } = await run('fc-list', [':lang=zh']);
    return stdout.trim().length > 0;
  } catch {
    return false;
  }
}

async function aptInstall(packages: string[]): Promise<void> {
  const apt = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  const install = [...apt, 'install', '-y', '--no-install-recommends', ...packages];
  const attempt = (args: string[]) =>
    run(args[0], args.slice(1), {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    await attempt(install).catch(async () => {
      // a fresh machine's package lists may be missing or old
      await attempt([...apt, 'update']);
      await attempt(install);
    });
  } catch (error) {
    throw new Error(
      `apt-get install ${packages.join(' ')} failed (${(error as Error).message.split('\n')[0]}); install Debian's ${packages.join(' ')} or set CHROMIUM_PATH`,
    );
  }
}

export interface BrowserSession {
  browser: Browser;
  /** A fresh page (own cookies and storage) in `language`. */
  page(language?: string): Promise<Page>;
  /** Saves a full-page screenshot as artifacts/browser/<suite>/<nn>-<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Headless Chromium driven by playwright-core (each launch its own fresh profile), with the
 * flags this sandbox needs: no GPU, no sandbox as root, no calls home (the network is closed).
 */
export async function launchBrowser(suite: string): Promise<BrowserSession> {
  const executablePath = await ensureChromium();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
    ],
  });
  const folder = join(BROWSER_ARTIFACTS, suite);
  mkdirSync(folder, { recursive: true });
  let shots = 0;
  return {
    browser,
    async page(language = 'en') {
      const context = await browser.newContext({
        locale: language,
        viewport: { width: 1280, height: 900 },
      });
      return context.newPage();
    },
    async screenshot(page, name) {
      shots += 1;
      const path = join(folder, `${String(shots).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
    },
  };
}
