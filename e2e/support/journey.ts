// One app, one browser and one page for a journey that a single user walks through.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { watchErrors } from './app.ts';
import { launchBrowser, newContext } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

export interface Journey {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  watched: { errors: string[] };
  close(): Promise<void>;
}

export async function startJourney(): Promise<Journey> {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await newContext(browser, server.url);
  const page = await context.newPage();
  return {
    server, browser, context, page, watched: watchErrors(page),
    close: async () => {
      await context.close();
      await browser.close();
      await server.close();
    },
  };
}

/** One app and one browser for a journey of several people, each in a context (cookies) of their own. */
export interface People {
  server: TestServer;
  /** A new person's page (own context; options such as a phone viewport). */
  openPage(options?: BrowserContextOptions): Promise<Page>;
  /** Browser errors and server failures seen on every page so far. */
  errors(): string[];
  close(): Promise<void>;
}

export async function startPeople(): Promise<People> {
  const server = await startServer();
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const watched: { errors: string[] }[] = [];
  return {
    server,
    async openPage(options = {}) {
      const context = await newContext(browser, server.url, options);
      contexts.push(context);
      const page = await context.newPage();
      watched.push(watchErrors(page));
      return page;
    },
    errors: () => watched.flatMap((w) => w.errors),
    async close() {
      for (const context of contexts) {
        await context.close();
      }
      await browser.close();
      await server.close();
    },
  };
}
