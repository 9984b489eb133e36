import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { aClinicWithAFrontDesk, call } from './support/a-clinic-with-a-front-desk';
import { addDays, spokenDate } from './support/calendar-dates';
import { expectNoSeriousAccessibilityViolations, pickOption, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/** A last name no other journey uses, letters only, as a person's name would be. */
const aNewcomersLastName = () =>
  `Newcomer${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 6)}`;

const fillInTheNewcomer = async (page: Page, form: Locator, phone: string) => {
  await form.getByRole('textbox', { name: 'First name' }).fill('Riley');
  await form.getByLabel('Date of birth', { exact: true }).fill('1985-02-03');
  await pickOption(page, form, 'Sex', 'Female');
  await form.getByRole('textbox', { name: 'Phone' }).fill(phone);
  await form.getByRole('textbox', { name: 'Street address' }).fill('200 Lake Shore Dr');
  await form.getByRole('textbox', { name: 'City' }).fill('Chicago');
  await form.getByRole('textbox', { name: 'State' }).fill('IL');
  await form.getByRole('textbox', { name: 'ZIP code' }).fill('60611');
  await form.getByRole('textbox', { name: 'Insurer' }).fill('Blue Cross Blue Shield of Illinois');
  await form.getByRole('textbox', { name: 'Payer ID' }).fill('00621');
  await form.getByRole('textbox', { name: 'Member ID' }).fill('XOJ123456789');
};

test('the front desk registers a new patient with insurance from an empty slot, books them, and finds the visit on their page', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  const lastName = aNewcomersLastName();
  const listedAs = `${lastName}, Riley`;
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, clinic.frontDesk);

  await page.getByRole('button', { name: 'Book Dr Ada Okafor at 9:00 AM' }).click();
  const dialog = page.getByRole('dialog', { name: 'Book a visit' });
  await dialog.getByRole('combobox', { name: 'Patient' }).fill(lastName);
  await expect(page.getByRole('listbox')).toContainText('No patient matches');
  // Nobody on file: the next stop after the patient box registers a new one.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Register a new patient' })).toBeFocused();
  await page.keyboard.press('Enter');

  const form = dialog.getByRole('form', { name: 'New patient' });
  await expect(form.getByRole('textbox', { name: 'Last name' })).toHaveValue(lastName);
  await fillInTheNewcomer(page, form, '555-0142');
  await form.getByRole('button', { name: 'Register patient' }).click();

  // Seven digits are not a US phone number: the refusal sits under the phone field, and nobody was registered.
  const phone = form.getByRole('textbox', { name: 'Phone' });
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/Enter a US phone number with its area code/);
  await expect(form.getByText('Enter a US phone number with its area code, e.g. (312) 555-0100.')).toBeVisible();
  const found = await call<{ items: unknown[] }>(
    gatewayUrl(),
    'POST',
    '/api/v1/patients/search',
    { lastName },
    clinic.adminBearer,
  );
  expect(found.items).toEqual([]);
  await expectNoSeriousAccessibilityViolations(page);

  await phone.fill('(312) 555-0142');
  await phone.press('Enter');
  await expect(form).toBeHidden();
  await expect(dialog.getByRole('combobox', { name: 'Patient' })).toHaveValue(`${listedAs} (born 1985-02-03)`);
  await pickOption(page, dialog, 'Visit type', 'Office visit (15 min)');
  await dialog.getByRole('button', { name: `Book ${listedAs} at 9:00 AM` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Booked' })).toHaveText(
    `Booked ${listedAs} with Dr Ada Okafor at 9:00 AM.`,
  );

  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Find a patient' });
  await expect(search.getByRole('searchbox', { name: 'Name, date of birth or phone' })).toBeFocused();
  await page.keyboard.type(lastName.slice(0, 8));
  await expect(search.getByRole('option', { name: new RegExp(`^${listedAs}`) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: listedAs })).toBeVisible();
  const coverage = page.getByRole('region', { name: 'Coverage' });
  await expect(coverage.getByRole('row')).toHaveText([
    /Rank.*Payer.*Member ID/,
    /Primary.*Blue Cross Blue Shield of Illinois \(00621\).*XOJ123456789.*The patient/,
  ]);
  const upcoming = page.getByRole('table', { name: 'Upcoming visits' });
  await expect(upcoming.getByRole('row').nth(1)).toHaveText(
    new RegExp(
      `${spokenDate(clinic.day)}.*9:00 AM \\(America/Chicago\\).*Dr Ada Okafor.*Office visit.*Lakeside Downtown.*Booked`,
    ),
  );
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('new-patient-booked.png'), fullPage: true });

  // The card turns out to be her husband's: claims need his name, birth date, sex and address.
  await coverage.getByRole('button', { name: 'Change the coverage with Blue Cross Blue Shield of Illinois' }).click();
  const change = page.getByRole('form', { name: 'Change the coverage with Blue Cross Blue Shield of Illinois' });
  await pickOption(page, change, 'Policy holder', "The patient's spouse");
  await change.getByRole('textbox', { name: "Policy holder's last name" }).fill(lastName);
  await change.getByRole('textbox', { name: "Policy holder's first name" }).fill('Jordan');
  await change.getByLabel("Policy holder's date of birth").fill('1983-09-14');
  await pickOption(page, change, "Policy holder's sex", 'Male');
  await change.getByRole('textbox', { name: "Policy holder's street address" }).fill('200 Lake Shore Dr');
  await change.getByRole('textbox', { name: "Policy holder's city" }).fill('Chicago');
  await change.getByRole('textbox', { name: "Policy holder's state" }).fill('IL');
  await change.getByRole('textbox', { name: "Policy holder's ZIP code" }).fill('6061');
  await change.getByRole('button', { name: 'Save' }).click();
  await expect(change.getByText('Enter a five-digit ZIP code, e.g. 60601 (or ZIP+4, e.g. 60601-1234).')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await change.getByRole('textbox', { name: "Policy holder's ZIP code" }).fill('60611');
  await change.getByRole('button', { name: 'Save' }).click();
  await expect(change).toBeHidden();
  await expect(coverage.getByRole('row').nth(1)).toHaveText(/Primary.*XOJ123456789.*The patient's spouse/);
  const patientId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const [recorded] = await call<{ subscriber: object }[]>(
    gatewayUrl(),
    'GET',
    `/api/v1/patients/${patientId}/coverages`,
    undefined,
    clinic.adminBearer,
  );
  expect(recorded.subscriber).toMatchObject({ relationship: 'spouse', sex: 'male', address: { postalCode: '60611' } });

  await page.getByRole('button', { name: 'Change the address…' }).click();
  const moving = page.getByRole('form', { name: 'Change the address' });
  await moving.getByRole('textbox', { name: 'Street address' }).fill('1 E Erie St');
  await moving.getByRole('button', { name: 'Save' }).click();
  await expect(moving).toBeHidden();
  await expect(page.getByRole('region', { name: 'Demographics' })).toContainText('1 E Erie St, Chicago, IL 60611');
  await expectNoSeriousAccessibilityViolations(page);
});

test('the front desk moves between days, books and finds a patient by date of birth with the keyboard alone', async ({
  page,
}) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, clinic.frontDesk);
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(`${clinic.location.name} — ${spokenDate(clinic.day)}`);

  await page.keyboard.press('n');
  await expect(title).toHaveText(`${clinic.location.name} — ${spokenDate(addDays(clinic.day, 1))}`);
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await expect(title).toHaveText(`${clinic.location.name} — ${spokenDate(addDays(clinic.day, -1))}`);
  await page.keyboard.press('t');
  await expect(title).not.toHaveText(`${clinic.location.name} — ${spokenDate(addDays(clinic.day, -1))}`);
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await expect(page.getByRole('columnheader', { name: 'Dr Ada Okafor' })).toBeVisible();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Find a patient/ })).toHaveText(/\/ or Ctrl K/);
  await expect(shortcuts.getByRole('row', { name: /Go to today/ })).toHaveText(/^t/);
  await expectNoSeriousAccessibilityViolations(page);
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  await page.keyboard.press('b');
  const booking = page.getByRole('dialog', { name: 'Book a visit' });
  await expect(booking.getByRole('definition')).toHaveText(['Dr Ada Okafor', /9:00 AM/, clinic.location.name]);
  // Letters typed into a field are the patient's name, not shortcuts: the day stays where it is.
  await page.keyboard.type('tnp');
  await expect(booking.getByRole('combobox', { name: 'Patient' })).toHaveValue('tnp');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(booking).toBeHidden();
  await expect(title).toHaveText(`${clinic.location.name} — ${spokenDate(clinic.day)}`);

  await page.keyboard.press('/');
  const search = page.getByRole('dialog', { name: 'Find a patient' });
  await page.keyboard.type('06/15/1990');
  await expect(search.getByRole('option', { name: new RegExp(`^${clinic.patient.listedAs}`) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: clinic.patient.listedAs })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Coverage' })).toContainText('No insurance on file');
  await expect(page.getByText('Upcoming visits: none.')).toBeVisible();
});
