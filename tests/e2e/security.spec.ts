import { expect, openArticle, test } from './fixtures'

test('requests without the launch token are refused', async ({ playwright, midad }) => {
  const anonymous = await playwright.request.newContext()
  const page = await anonymous.get(`${midad.origin}/`)
  expect(page.status()).toBe(401)
  const api = await anonymous.post(`${midad.origin}/api/articles.create`, {
    data: { title: 'دخيل' },
  })
  expect(api.status()).toBe(401)
  const wrong = await anonymous.post(`${midad.origin}/api/articles.list`, {
    data: {},
    headers: { Authorization: 'Bearer not-the-token' },
  })
  expect(wrong.status()).toBe(401)
  const foreign = await anonymous.post(`${midad.origin}/api/articles.list`, {
    data: {},
    headers: { Authorization: `Bearer ${midad.token}`, Origin: 'http://evil.example' },
  })
  expect(foreign.status()).toBe(403)
  await anonymous.dispose()
  const titles = (await midad.value('articles.list', {})).map((a) => a.title)
  expect(titles).not.toContain('دخيل')
})

test('the token leaves the address bar, and untrusted content never runs', async ({
  page,
  midad,
}) => {
  const violations: string[] = []
  page.on('console', (m) => m.type() === 'error' && violations.push(m.text()))
  page.on('dialog', (d) => {
    violations.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  await midad.value('articles.create', {
    title: '<img src=x onerror="alert(1)">عنوان خبيث',
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'اضغط هنا',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(2)' } }],
            },
          ],
        },
      ],
    },
  })
  await page.goto(midad.url)
  expect(new URL(page.url()).search).toBe('')
  await openArticle(page, /عنوان خبيث/)
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toContainText('اضغط هنا')
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0)
  await page.getByRole('textbox', { name: 'نص المقال' }).getByText('اضغط هنا').click()
  expect(violations).toEqual([])
})
