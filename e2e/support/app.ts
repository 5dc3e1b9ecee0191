// What every journey needs: logging in, waiting on text, screenshots, and catching browser errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/load-demo.ts';

export { DEMO_PASSWORD };

// The README's pictures are refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const screenshotsDir = process.env.UPDATE_SCREENSHOTS
  ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots')
  : path.join(os.tmpdir(), 'congdoan-e2e-screenshots');
export const MAX_SCREENSHOT_BYTES = 250 * 1024;

export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Waits until the element's visible text contains `text` (or matches it). */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = 15_000): Promise<string> {
  await locator.first().waitFor({ state: 'visible', timeout });
  await expect
    .poll(async () => (await locator.first().innerText()).replace(/\s+/g, ' '), { timeout, interval: 100 })
    .toMatch(typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text);
  return locator.first().innerText();
}

/** Waits until the locator matches exactly `count` elements. */
export async function waitForCount(locator: Locator, count: number, timeout = 15_000): Promise<void> {
  await expect.poll(() => locator.count(), { timeout, interval: 100 }).toBe(count);
}

/** The page's path once it matches `pattern`. */
export async function waitForPath(page: Page, pattern: RegExp, timeout = 15_000): Promise<string> {
  await page.waitForURL((url) => pattern.test(url.pathname), { timeout });
  return new URL(page.url()).pathname;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Saves <name>.png of the viewport (docs/screenshots with UPDATE_SCREENSHOTS=1), once the fonts are in and animations are over,
 * and checks it stays small enough for the repository.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide', scale: 'css' });
  expect(fs.statSync(file).size, `${name}.png size`).toBeLessThan(MAX_SCREENSHOT_BYTES);
  return file;
}

/**
 * Collects what the journey did not expect: uncaught page errors, console errors (React, the app's
 * own logging) and server failures (5xx) of the API. Refusals (4xx) are part of some journeys and are
 * asserted where they happen.
 */
export function watchErrors(page: Page, allowedStatuses: number[] = []): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (message) => {
    // "Failed to load resource" repeats an HTTP status; those are judged below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/') && response.status() >= 500 && !allowedStatuses.includes(response.status())) {
      errors.push(`${response.request().method()} ${url.pathname} → ${response.status()}`);
    }
  });
  return { errors };
}

/** Picks `name` in a searchable Mantine select: types it, then clicks the first option that contains it. */
export async function chooseOption(page: Page, testId: string, name: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).first().click();
}
