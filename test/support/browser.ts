import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { serveSimulator } from '../../src/simulator/server';
import type { Simulator } from '../../src/simulator/simulator';
import type { UserConsent } from '../../src/simulator/userConsent';

/** Debian's Chromium; the project never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(__dirname, '..', '..', 'test-results');

/**
 * Serves a simulator over HTTP (Jira and the app's resources, each on a free port) and opens
 * headless Chromium (a fresh profile each launch). `close()` ends both.
 */
export async function openBrowser(sim: Simulator, options: { consent?: UserConsent } = {}) {
  const server = await serveSimulator(sim, {
    hostname: '127.0.0.1',
    port: 0,
    appsPort: 0,
    ...options,
  });
  const base = server.url;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    // Playwright gives each launch a fresh temporary --user-data-dir of its own.
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    base,
    browser,
    /** A new page acting as `accountId` (the simulator's `sim-user` cookie). */
    async pageAs(accountId: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
      const context = await browser.newContext({
        colorScheme,
        viewport: { width: 1280, height: 900 },
      });
      // Playwright's 30 s for a navigation or a wait is not far from what a busy 2-core machine
      // needs for a Custom UI frame; the limit is there for a page that never gets there.
      context.setDefaultTimeout(2 * 60_000);
      await context.addCookies([{ name: 'sim-user', value: accountId, url: base }]);
      return context.newPage();
    },
    screenshot: (page: Page, name: string) =>
      page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true }),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The frame of the app titled `title` on a page, once `ready` (a selector) shows in it. */
export async function appFrame(page: Page, title: string, ready: string): Promise<Frame> {
  const element = await page.waitForSelector(`iframe[title="${title}"]`);
  const frame = (await element.contentFrame())!;
  await frame.waitForSelector(ready);
  return frame;
}
