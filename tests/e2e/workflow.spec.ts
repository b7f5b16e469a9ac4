import { expect, expectSaved, openArticle, test, unnamedControls } from './fixtures'

test('each status change is recorded with the user’s name and shown in History’s Workflow', async ({
  page,
  midad,
}) => {
  const created = await midad.value('articles.create', { title: 'تقرير الميزانية السنوية' })
  await page.goto(midad.url)

  // The name the steps are recorded under, saved on Enter. The field fills itself from the
  // settings once they are read, which may land after a quick fill: so, until it holds.
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toBeVisible()
  const name = page.getByRole('textbox', { name: 'اسمك' })
  await expect(async () => {
    await name.fill('ليلى حسن')
    await name.press('Enter')
    await expect
      .poll(async () => (await midad.value('settings.get', {})).displayName, { timeout: 2_000 })
      .toBe('ليلى حسن')
  }).toPass({ timeout: 30_000 })

  await openArticle(page, /تقرير الميزانية السنوية/)
  const status = page.getByRole('combobox', { name: 'الحالة', exact: true })
  await status.selectOption('in_review')
  await expectSaved(page)
  await expect
    .poll(async () => (await midad.value('articles.get', { id: created.id })).status)
    .toBe('in_review')
  await status.selectOption('ready')
  await expectSaved(page)
  await expect
    .poll(async () => (await midad.value('articles.get', { id: created.id })).workflow?.length)
    .toBe(2)

  await page.getByRole('button', { name: 'السجل' }).click()
  const panel = page.getByRole('complementary', { name: 'السجل' })
  const workflow = panel.getByRole('region', { name: 'سير العمل' })
  await expect(workflow.getByRole('heading', { name: 'سير العمل' })).toBeVisible()
  const steps = workflow.getByRole('list', { name: 'تغييرات الحالة' }).getByRole('listitem')
  // Newest first, each with who and when.
  await expect(steps).toHaveCount(2)
  await expect(steps.nth(0)).toContainText('قيد المراجعة ← جاهز للنشر')
  await expect(steps.nth(1)).toContainText('مسودة ← قيد المراجعة')
  for (const step of await steps.all()) {
    await expect(step).toContainText('بواسطة ليلى حسن')
    await expect(step.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)
  }
  expect(await unnamedControls(page)).toEqual([])

  // With History open, the next change shows up as soon as it is saved.
  await status.selectOption('draft')
  await expectSaved(page)
  await expect(steps).toHaveCount(3)
  await expect(steps.nth(0)).toContainText('جاهز للنشر ← مسودة')

  // In English the arrow points the other way, and a step saved without a name says so.
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en')
  const english = page
    .getByRole('complementary', { name: 'History' })
    .getByRole('region', { name: 'Workflow' })
  await expect(english.getByRole('listitem').nth(2)).toContainText('Draft → In review')
  await expect(english.getByRole('listitem').nth(2)).toContainText('by ليلى حسن')
})

test('a status change saved without a display name is shown as by “unknown”', async ({
  page,
  midad,
}) => {
  const created = await midad.value('articles.create', { title: 'خبر بلا كاتب' })
  await midad.value('articles.save', {
    id: created.id,
    baseRevision: created.revision,
    changes: { status: 'in_review' },
  })
  await midad.value('settings.update', { language: 'en' })
  await page.goto(midad.url)
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: /خبر بلا كاتب/ })
    .click()
  await page.getByRole('button', { name: 'History' }).click()
  const step = page
    .getByRole('complementary', { name: 'History' })
    .getByRole('region', { name: 'Workflow' })
    .getByRole('listitem')
  await expect(step).toHaveCount(1)
  await expect(step).toContainText('Draft → In review')
  await expect(step).toContainText('by unknown')
})
