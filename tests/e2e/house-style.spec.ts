import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test, unnamedControls } from './fixtures'

/** Opens the House style screen from the header (Arabic UI) and waits for the stored values. */
async function openHouseStyle(page: Page) {
  await page.getByRole('button', { name: 'أسلوب التحرير' }).click()
  const dialog = page.getByRole('dialog', { name: 'أسلوب التحرير' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('أطول عنوان (بالحروف)')).toBeEnabled()
  return dialog
}

test('the house style is chosen on its screen, saved, and shown again when reopened', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  const opener = page.getByRole('button', { name: 'أسلوب التحرير' })
  let dialog = await openHouseStyle(page)
  // The defaults: guillemets, Arabic-Indic digits, 120 words, 90 characters, Arabic slugs.
  await expect(dialog.getByRole('radio', { name: /الأقواس المزدوجة/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /مشرقية/ })).toBeChecked()
  await expect(dialog.getByLabel('أطول فقرة (بالكلمات)')).toHaveValue('120')
  await expect(dialog.getByLabel('أطول عنوان (بالحروف)')).toHaveValue('90')
  await expect(dialog.getByRole('radio', { name: /إبقاء الحروف العربية/ })).toBeChecked()

  await dialog.getByRole('radio', { name: /المنحنية/ }).check()
  await dialog.getByLabel('أطول عنوان (بالحروف)').fill('٧٠')
  await dialog.getByRole('radio', { name: /النقل إلى حروف لاتينية/ }).check()
  await dialog.getByRole('button', { name: 'حفظ أسلوب التحرير' }).click()
  await expect(dialog.getByRole('status')).toHaveText('حُفظ أسلوب التحرير.')
  expect((await midad.value('settings.get', {})).houseStyle).toEqual({
    quotes: '“”',
    maxParagraphWords: 120,
    maxHeadlineChars: 70,
    slugs: 'latin',
  })

  // Escape closes it and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()

  dialog = await openHouseStyle(page)
  await expect(dialog.getByRole('radio', { name: /المنحنية/ })).toBeChecked()
  await expect(dialog.getByLabel('أطول عنوان (بالحروف)')).toHaveValue('70')
  await dialog.getByRole('button', { name: 'إغلاق' }).click()
  await expect(dialog).toBeHidden()

  await page.reload()
  dialog = await openHouseStyle(page)
  await expect(dialog.getByRole('radio', { name: /المنحنية/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /النقل إلى حروف لاتينية/ })).toBeChecked()
  await expect(dialog.getByLabel('أطول عنوان (بالحروف)')).toHaveValue('70')
})

test('an invalid length is pointed out and nothing is saved', async ({ page, midad }) => {
  await page.goto(midad.url)
  const before = await midad.value('settings.get', {})
  const dialog = await openHouseStyle(page)
  await dialog.getByRole('radio', { name: /المستقيمة/ }).check()
  const paragraph = dialog.getByLabel('أطول فقرة (بالكلمات)')
  await paragraph.fill('5')
  const headline = dialog.getByLabel('أطول عنوان (بالحروف)')
  await headline.fill('ثمانون')
  await dialog.getByRole('button', { name: 'حفظ أسلوب التحرير' }).click()

  await expect(dialog.getByRole('status')).toHaveText('لم يُحفظ: صحّح الحقول المشار إليها.')
  await expect(paragraph).toHaveAttribute('aria-invalid', 'true')
  await expect(headline).toHaveAttribute('aria-invalid', 'true')
  await expect(paragraph).toHaveAccessibleDescription(/اكتب عددًا صحيحًا من (10|١٠) إلى/)
  await expect(paragraph).toBeFocused()
  expect(await midad.value('settings.get', {})).toEqual(before)

  // Correcting one field clears its error only; correcting both saves.
  await paragraph.fill('2001')
  await expect(paragraph).not.toHaveAttribute('aria-invalid', 'true')
  await dialog.getByRole('button', { name: 'حفظ أسلوب التحرير' }).click()
  await expect(paragraph).toHaveAttribute('aria-invalid', 'true')
  expect(await midad.value('settings.get', {})).toEqual(before)
  await paragraph.fill('150')
  await headline.fill('80')
  await dialog.getByRole('button', { name: 'حفظ أسلوب التحرير' }).click()
  await expect(dialog.getByRole('status')).toHaveText('حُفظ أسلوب التحرير.')
  expect((await midad.value('settings.get', {})).houseStyle).toMatchObject({
    quotes: '""',
    maxParagraphWords: 150,
    maxHeadlineChars: 80,
  })
})

test('digits saved on the House style screen are the one digits setting', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  const dialog = await openHouseStyle(page)
  await dialog.getByRole('radio', { name: /غربية/ }).check()
  await dialog.getByRole('button', { name: 'حفظ أسلوب التحرير' }).click()
  await expect(dialog.getByRole('status')).toHaveText('حُفظ أسلوب التحرير.')
  expect((await midad.value('settings.get', {})).digits).toBe('western')
  await page.keyboard.press('Escape')
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'الأرقام في التواريخ' })).toHaveValue('western')
  await expect((await openHouseStyle(page)).getByRole('radio', { name: /غربية/ })).toBeChecked()
})

test('every control is named, in English too, and the screen passes axe', async ({
  page,
  midad,
}) => {
  await midad.value('settings.update', { language: 'en' })
  await page.goto(midad.url)
  await page.getByRole('button', { name: 'House style' }).click()
  const dialog = page.getByRole('dialog', { name: 'House style' })
  await expect(dialog.getByLabel('Longest headline (characters)')).toBeEnabled()
  for (const label of [
    /Guillemets/,
    /Curly quotes/,
    /Straight quotes/,
    /Arabic-Indic/,
    /Western/,
    'Longest paragraph (words)',
    'Longest headline (characters)',
    /Keep Arabic letters/,
    /Transliterate to Latin/,
  ])
    await expect(dialog.getByLabel(label)).toHaveCount(1)
  await expect(dialog.getByRole('group', { name: 'Quotation marks' })).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'Slugs for new articles' })).toBeVisible()
  expect(await unnamedControls(page)).toEqual([])
  const axe = await new AxeBuilder({ page }).include('.house-style-dialog').analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([])
})
