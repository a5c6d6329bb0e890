import type { Page } from 'playwright-core';

/**
 * The basics a Lighthouse accessibility audit checks first, read from the page as rendered: form controls
 * without an accessible name, buttons and links without text, images without alternative text, and the
 * number of h1 headings.
 */
export interface AccessibilityFindings {
  unlabelledControls: string[];
  namelessButtonsAndLinks: string[];
  imagesWithoutAlt: string[];
  h1Count: number;
}

export async function accessibilityFindings(page: Page): Promise<AccessibilityFindings> {
  return page.evaluate(() => {
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : ''}`;
    const visible = (element: Element) => {
      const box = (element as HTMLElement).getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const hasName = (element: Element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      const byIds = labelledBy?.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim());
      const labels = (element as HTMLInputElement).labels;
      return !!(element.getAttribute('aria-label')?.trim() || byIds || element.getAttribute('title')?.trim()
        || (labels && Array.from(labels).some((label) => label.textContent?.trim())));
    };
    const controls = Array.from(document.querySelectorAll('input, select, textarea'))
      .filter((element) => (element as HTMLInputElement).type !== 'hidden' && element.getAttribute('aria-hidden') !== 'true')
      .filter((element) => visible(element) || (element as HTMLInputElement).type === 'checkbox'
        || (element as HTMLInputElement).type === 'radio');
    const actions = Array.from(document.querySelectorAll('button, a[href], [role=button], [role=tab]')).filter(visible);
    return {
      unlabelledControls: controls.filter((element) => !hasName(element)).map(describe),
      namelessButtonsAndLinks: actions.filter((element) => !hasName(element) && !element.textContent?.trim())
        .map(describe),
      imagesWithoutAlt: Array.from(document.querySelectorAll('img:not([alt])')).map(describe),
      h1Count: document.querySelectorAll('h1').length,
    };
  });
}
