import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Serious and critical accessibility violations fail the journey; minor ones are left to review. React Aria's live announcer
 * is left out: it removes the text its announcement points to once a screen reader has read it, and axe may look in between.
 */
export const expectNoSeriousAccessibilityViolations = async (page: Page): Promise<void> => {
  const { violations } = await new AxeBuilder({ page }).exclude('[data-live-announcer]').analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`),
  ).toEqual([]);
};

export const signIn = async (page: Page, { email, password }: { email: string; password: string }): Promise<void> => {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
};

/** A radio is chosen from the keyboard, as its visible label covers the input a pointer would reach. */
export const choose = async (page: Page, radio: Locator): Promise<void> => {
  await radio.focus();
  await page.keyboard.press('Space');
};

/** An option is picked from a select's list, opened by the button its field's label names. */
export const pickOption = async (page: Page, within: Locator, field: string, option: string): Promise<void> => {
  await within.getByRole('button', { name: new RegExp(field) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};
