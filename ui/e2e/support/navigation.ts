import type { Page } from 'playwright-core';

/** How long a page may take to show what the API answered: stacks, crawlers and shares run asynchronously. */
export const WAIT = { timeout: 60_000 };

/** Opens a section from the 'Main' navigation, as a person moves through the app, and waits for its heading. */
export async function openSection(page: Page, link: string, heading = link): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor(WAIT);
}

/**
 * Picks an option of a MUI select by the select's label; opens it again if a re-render (a live update of the
 * list) closed it. A string names the option exactly, a RegExp matches its first fitting option.
 */
export async function choose(page: Page, field: string, option: string | RegExp): Promise<void> {
  const choice = typeof option === 'string'
    ? page.getByRole('option', { name: option, exact: true })
    : page.getByRole('option', { name: option }).first();
  for (let attempt = 0; ; attempt += 1) {
    await page.getByRole('combobox', { name: field }).click();
    try {
      await choice.click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 2) {
        throw error;
      }
      await page.keyboard.press('Escape');
    }
  }
}

/** Switches to a tab of a detail page (datasets, environments, governance) by its name. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Searches the catalog from its section: requesters find what to ask for there. */
export async function searchCatalog(page: Page, term: string): Promise<void> {
  await openSection(page, 'Catalog');
  await page.getByLabel('Search the catalog').fill(term);
}
