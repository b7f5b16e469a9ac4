import { publishableFields } from '../support/publish-fixtures'
import { startWordPress, stopWordPress, type WordPressSite } from '../support/wordpress'
import { expect, expectSaved, test, unnamedControls } from './fixtures'

/**
 * The whole round trip a newsroom makes, in browser mode against a real WordPress: configure the
 * site in Targets, run the checklist, publish, follow "View on site", edit, "Update published"
 * with a correction note, and find the note on the WordPress page.
 */
let site: WordPressSite | undefined
let unavailable = ''
test.beforeAll(async () => {
  test.setTimeout(900_000)
  const started = await startWordPress()
  if ('unavailable' in started) {
    unavailable = started.unavailable
    console.warn(`WordPress is not available on this machine: ${unavailable}`)
  } else site = started
})
test.afterAll(async () => {
  if (site) await stopWordPress(site)
})

/** The page WordPress serves at `link`, as a reader's browser gets it. */
const wordPressPage = async (link: string) => (await fetch(link)).text()

test('configure WordPress, pass the checklist, publish, view on site, then update with a correction note', async ({
  page,
  midad,
}) => {
  test.skip(!site, `WordPress is not available on this machine: ${unavailable}`)
  const wp = site as WordPressSite
  await midad.value('settings.update', { language: 'en', displayName: 'Salma' })
  const article = await midad.value('articles.create', publishableFields({ slug: 'جسر-العاصمة' }))
  await page.goto(midad.url)
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: new RegExp(article.title) })
    .click()
  await page.getByRole('button', { name: 'Open publish panel' }).click()
  const panel = page.getByRole('region', { name: 'Publish panel' })
  const publish = panel.getByRole('button', { name: 'Publish', exact: true })
  await expect(publish).toBeDisabled()

  // The one failing check is the target; its fix opens Targets, where the site is configured.
  const targetCheck = panel.getByRole('listitem').filter({ hasText: 'No publishing target' })
  await expect(targetCheck).toContainText('Blocks publishing')
  await targetCheck.getByRole('button', { name: 'Add a target' }).click()
  const targets = page.getByRole('dialog', { name: 'Targets' })
  await targets.getByRole('button', { name: 'Add WordPress target' }).click()
  await targets.getByRole('textbox', { name: 'Name', exact: true }).fill('The paper')
  await targets.getByRole('textbox', { name: 'Site address' }).fill(wp.url)
  await targets.getByRole('textbox', { name: 'User name' }).fill(wp.user)
  await targets.getByLabel('Application Password').fill(wp.appPassword)
  await targets.getByRole('form').getByRole('button', { name: 'Test connection' }).click()
  // WordPress names the password's owner (the test site's admin, "محرر مداد").
  await expect(targets.getByRole('status')).toContainText('the connection works', {
    timeout: 30_000,
  })
  await expect(targets.getByRole('status')).toContainText('محرر مداد')
  await targets.getByRole('button', { name: 'Save target' }).click()
  await expect(targets.getByRole('status')).toContainText('was saved')
  expect(await unnamedControls(page)).toEqual([])
  await targets.getByRole('button', { name: 'Close' }).click()

  // Every blocking check passes now.
  await expect(panel.getByText('Blocks publishing')).toHaveCount(0)
  await expect(publish).toBeEnabled()
  await publish.click()
  const jobs = panel.getByRole('list', { name: 'Publishing jobs' }).getByRole('listitem')
  await expect(jobs.first()).toContainText('Done', { timeout: 30_000 })
  const view = panel.getByRole('link', { name: 'View on site' })
  const stored = await midad.value('articles.get', { id: article.id })
  const link = stored.publications?.[0]?.link ?? ''
  expect(new URL(link).origin).toBe(new URL(wp.url).origin)
  await expect(view).toHaveAttribute('href', link)
  expect(await wordPressPage(link)).toContain(article.title)

  // An edit, then Update published with a correction note: WordPress shows both.
  const editor = page.getByRole('textbox', { name: 'Body' })
  await editor.click()
  await page.keyboard.press('End')
  await page.keyboard.insertText(' وأكد المدير أن العمل يبدأ الأحد.')
  await expectSaved(page)
  const update = panel.getByRole('button', { name: 'Update published' })
  await expect(update).toBeVisible()
  await panel
    .getByRole('textbox', { name: 'Correction note' })
    .fill('صُحّح عدد الأسرّة: مئتا سرير لا ثلاثمئة.')
  await update.click()
  await expect(jobs).toHaveCount(2)
  await expect(jobs.first()).toContainText('Done', { timeout: 30_000 })
  await expect(update).toBeHidden()
  const updated = await wordPressPage(link)
  expect(updated).toContain('صُحّح عدد الأسرّة: مئتا سرير لا ثلاثمئة.')
  expect(updated).toContain('وأكد المدير أن العمل يبدأ الأحد.')
  // Still one post: the update went to the same one.
  const after = await midad.value('articles.get', { id: article.id })
  expect(after.publications?.[0]?.remoteId).toBe(stored.publications?.[0]?.remoteId)
})
