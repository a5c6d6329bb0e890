import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openBrowserFor, signIn, unique } from './support/browser';

describe('signing in with the local token issuer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in with a username and teams and lands on the catalog', async () => {
    const person = await openBrowserFor(browser, 'alice');
    const team = unique('Team');

    await signIn(person, unique('alice'), [team]);

    expect(person.page.url()).toMatch(/\/catalog$/);
    await expect(person.page.getByLabel('Signed in as').textContent()).resolves.toContain(team);
    expect(person.problems).toEqual([]);
  });

  it('asks for a username before signing in', async () => {
    const person = await openBrowserFor(browser, 'nobody');
    await person.page.goto('/sign-in');

    await person.page.getByRole('button', { name: 'Sign in' }).click();

    await person.page.getByText('Enter a username').waitFor();
    expect(person.problems).toEqual([]);
  });

  it('sends a signed-out visitor of a page to sign in, and back to that page afterwards', async () => {
    const person = await openBrowserFor(browser, 'bob');
    await person.page.goto('/organizations');
    await person.page.getByLabel('Username').waitFor();

    await person.page.getByLabel('Username').fill(unique('bob'));
    await person.page.getByRole('button', { name: 'Sign in' }).click();

    await person.page.getByRole('heading', { name: 'Organizations' }).waitFor();
    expect(person.problems).toEqual([]);
  });
});
