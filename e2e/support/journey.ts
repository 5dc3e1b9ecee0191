// One app, one browser and one page for a journey that a single user walks through.
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
