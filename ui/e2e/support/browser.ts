import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where the app under test runs (WebUiJourneyTest passes its random port). */
export const BASE_URL = process.env.GRANTLINE_URL ?? 'http://localhost:8080';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The machine's Chromium (Debian's package; .ci/run installs it): playwright-core never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!executablePath) {
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM to its path');
  }
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** A person at their own browser: their own storage, so two users never share a session. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far: a page must produce none. */
  problems: string[];
}

export async function openBrowserFor(browser: Browser, name: string): Promise<Person> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { name, context, page, problems };
}

/** Signs in through the sign-in page of the local profile, naming the user and their teams. */
export async function signIn(person: Person, username: string, groups: string[]): Promise<void> {
  const { page } = person;
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Teams (groups)').fill(groups.join(', '));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A screenshot of the page as it is, for docs/screenshots (copied from GRANTLINE_SCREENSHOTS). */
export async function screenshot(person: Person, name: string): Promise<void> {
  const folder = process.env.GRANTLINE_SCREENSHOTS ?? join('target', 'screenshots');
  mkdirSync(folder, { recursive: true });
  await person.page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** A name no other run uses: the suite shares one database. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}
