import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../lib/model/calendar';
import { launchExtension, openPopup, type Extension } from '../support/browser/extension';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

it("an 'other' certification with a category minimum, a credit assigned to it by keyboard: the popup's line names the category", async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html#add-certification`);
  const today = await options.evaluate(() => new Date().toLocaleDateString('sv'));
  const form = options.getByRole('form', { name: 'Add certification' });
  await form.getByLabel('Certifying body').selectOption('other');
  await form.getByLabel('Certification name').fill('Kentucky Board');
  await form.getByLabel('Cycle end date (or expiry)').fill(addDays(today, 200));
  await form.getByLabel('Unit', { exact: true }).fill('CE credits');
  await form.getByLabel('Requirement (CE credits)').fill('20');

  // The rules with the keyboard alone: Add category puts the focus on the new category's name.
  const rules = form.getByRole('group', { name: 'Requirement rules' });
  await rules.getByRole('button', { name: 'Add category' }).focus();
  await options.keyboard.press('Enter');
  await options.keyboard.type('State law');
  await options.keyboard.press('Tab');
  await options.keyboard.type('2');
  expect(await rules.getByRole('group', { name: 'State law' }).getByLabel('Minimum').inputValue()).toBe('2');
  await form.getByRole('button', { name: 'Save certification' }).focus();
  await options.keyboard.press('Enter');
  await options.getByRole('progressbar', { name: 'Kentucky Board renewal progress' }).waitFor();

  // A credit of 1.5 CE credits, its category picked with the keyboard.
  await options.getByRole('button', { name: 'Add activity' }).click();
  const add = options.getByRole('form', { name: 'Add an activity' });
  await add.getByLabel('Title').fill('Kentucky Massage Law Update');
  await add.getByLabel('Date completed').fill(addDays(today, -20));
  const credit = add.getByRole('group', { name: 'Credit 1' });
  await credit.getByLabel('Amount').fill('1.5');
  await credit.getByLabel('Unit').fill('CE credits');
  await credit.getByLabel('Requirement category').focus();
  await options.keyboard.press('ArrowDown');
  expect(await credit.getByLabel('Requirement category').inputValue()).toBe('state-law');
  await add.getByRole('button', { name: 'Save activity' }).focus();
  await options.keyboard.press('Enter');
  await add.waitFor({ state: 'detached' });

  const popup = await openPopup(ext, options);
  await popup.waitForText('18.5 CE credits, 0.5 of them in State law still needed · 200 days left');
  await popup.close();
});

it('the certification form with its rules fits a 360 px screen: no sideways scrolling', async () => {
  const options = await ext.context.newPage();
  await options.setViewportSize({ width: 360, height: 800 });
  await options.goto(`chrome-extension://${ext.id}/options.html#add-certification`);
  const form = options.getByRole('form', { name: 'Add certification' });
  await form.getByLabel('Certifying body').selectOption('nsca');
  await form.getByRole('group', { name: 'Requirement rules' }).waitFor();
  const overflow = await options.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await options.close();
});
