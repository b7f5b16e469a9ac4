import { expect, expectSaved, openArticle, test } from './fixtures'

test('two tabs edit one article: the stale save gets a conflict and no text is lost', async ({
  context,
  midad,
}) => {
  const article = await midad.value('articles.create', { title: 'مقال مشترك' })
  const first = await context.newPage()
  const second = await context.newPage()
  for (const page of [first, second]) {
    await page.goto(midad.url)
    await openArticle(page, /مقال مشترك/)
  }

  await first.getByRole('textbox', { name: 'نص المقال' }).click()
  await first.keyboard.type('نص المحرر الأول')
  await first.keyboard.press('Control+s')
  await expectSaved(first)

  await second.getByRole('textbox', { name: 'نص المقال' }).click()
  await second.keyboard.type('نص المحرر الثاني')
  await second.keyboard.press('Control+s')
  const alert = second.getByRole('alert')
  await expect(alert).toContainText(/حُفظ هذا المقال في مكان آخر \(النسخة (2|٢)\)/)
  await expect(second.getByRole('textbox', { name: 'نص المقال' })).toContainText('نص المحرر الثاني')

  const stored = await midad.value('articles.get', { id: article.id })
  expect(stored.revision).toBe(2)
  expect(JSON.stringify(stored.body)).toContain('نص المحرر الأول')
  expect(JSON.stringify(stored.body)).not.toContain('نص المحرر الثاني')

  await alert.getByRole('button', { name: 'حفظ نسختي كمقال جديد' }).click()
  await expect(second.getByRole('alert')).toHaveCount(0)
  await expect
    .poll(async () => {
      const list = await midad.value('articles.list', {})
      const bodies = await Promise.all(list.map((a) => midad.value('articles.get', { id: a.id })))
      return bodies
        .filter((a) => JSON.stringify(a.body).includes('نص المحرر الثاني'))
        .map((a) => [a.title, a.status])
    })
    .toEqual([['مقال مشترك (نسختي)', 'draft']])
  expect(JSON.stringify((await midad.value('articles.get', { id: article.id })).body)).toContain(
    'نص المحرر الأول',
  )
})

test('a conflict can be resolved by overwriting with my version', async ({ context, midad }) => {
  const article = await midad.value('articles.create', { title: 'مقال للاستبدال' })
  const page = await context.newPage()
  await page.goto(midad.url)
  await openArticle(page, /مقال للاستبدال/)
  await midad.value('articles.save', {
    id: article.id,
    baseRevision: 1,
    changes: { standfirst: 'من مكان آخر' },
  })
  await page.getByRole('textbox', { name: 'نص المقال' }).click()
  await page.keyboard.type('نسختي أنا')
  await page.keyboard.press('Control+s')
  await page.getByRole('alert').getByRole('button', { name: 'استبدال بنسختي' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect
    .poll(async () => (await midad.value('articles.get', { id: article.id })).revision)
    .toBe(3)
  expect(JSON.stringify((await midad.value('articles.get', { id: article.id })).body)).toContain(
    'نسختي أنا',
  )
})
