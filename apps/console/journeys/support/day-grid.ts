import type { Page } from '@playwright/test';

/** The cell of a provider's column in the row of a time, as the eye finds it in the grid. */
export const cellAt = async (page: Page, time: string, provider: string) => {
  const headers = await page.getByRole('columnheader').allTextContents();
  return page
    .getByRole('row', { name: new RegExp(`^${time}`) })
    .getByRole('gridcell')
    .nth(headers.indexOf(provider) - 1);
};
