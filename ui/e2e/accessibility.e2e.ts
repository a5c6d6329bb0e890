import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityFindings } from './support/accessibility';
import { launchChromium, openBrowserFor, signIn, unique, type Person } from './support/browser';

const MAIN_PAGES: [string, string][] = [
  ['/catalog', 'Catalog'],
  ['/organizations', 'Organizations'],
  ['/environments', 'Environments'],
  ['/datasets', 'Datasets'],
  ['/shares', 'Shares'],
  ['/glossaries', 'Glossaries'],
  ['/notifications', 'Notifications'],
  ['/governance', 'Governance'],
  ['/operations/saga-runs', 'Saga runs'],
  ['/operations/webhooks', 'Webhooks'],
  ['/administration/tenant', 'Tenant permissions'],
];

describe('the basics of accessibility, on every main page', () => {
  let browser: Browser;
  let administrator: Person;

  beforeAll(async () => {
    browser = await launchChromium();
    administrator = await openBrowserFor(browser, 'administrator');
    await signIn(administrator, unique('admin'), ['DAAdministrators', unique('Stewards')]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the check finds an unlabelled control, a nameless button, an image without alt and a missing h1', async () => {
    const visitor = await openBrowserFor(browser, 'checker');
    await visitor.page.setContent('<input id="term"><button id="go"></button><img id="logo" src="data:,">');

    const findings = await accessibilityFindings(visitor.page);

    expect(findings).toEqual({ unlabelledControls: ['input#term'], namelessButtonsAndLinks: ['button#go'],
      imagesWithoutAlt: ['img#logo'], h1Count: 0 });
  });

  it('the sign-in page labels its controls', async () => {
    const visitor = await openBrowserFor(browser, 'visitor');
    await visitor.page.goto('/sign-in');
    await visitor.page.getByLabel('Username').waitFor();

    const findings = await accessibilityFindings(visitor.page);

    expect(findings).toEqual({ unlabelledControls: [], namelessButtonsAndLinks: [], imagesWithoutAlt: [], h1Count: 1 });
    expect(visitor.problems).toEqual([]);
  });

  it.each(MAIN_PAGES)('%s has one h1, labelled controls, named buttons and no console error', async (path, heading) => {
    const { page } = administrator;
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading, exact: false }).first().waitFor();
    await page.waitForLoadState('networkidle');

    const findings = await accessibilityFindings(page);

    expect(findings).toEqual({ unlabelledControls: [], namelessButtonsAndLinks: [], imagesWithoutAlt: [], h1Count: 1 });
    expect(administrator.problems).toEqual([]);
  });

  it('the keyboard alone skips to the content and moves between pages', async () => {
    const { page } = administrator;
    await page.goto('/catalog');
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');

    const datasetsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Datasets' });
    for (let presses = 0; presses < 30; presses += 1) {
      if (await datasetsLink.evaluate((link) => link === document.activeElement)) {
        break;
      }
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Datasets' }).waitFor();
    expect(administrator.problems).toEqual([]);
  });
});
