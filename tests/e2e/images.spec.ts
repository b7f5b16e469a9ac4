import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  expect,
  expectSaved,
  newArticle,
  openArticle,
  pngBytes,
  svgBytes,
  test,
  unnamedControls,
} from './fixtures'

const body = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' })
const imageForm = (page: Page) => page.getByRole('form', { name: 'بيانات الصورة' })

/** Fills the image form (the alt text is asked for first) and inserts the figure. */
async function describeImage(page: Page, alt: string, caption = '', credit = '') {
  const form = imageForm(page)
  await expect(form).toBeVisible()
  const altBox = form.getByRole('textbox', { name: 'النص البديل (ما تُظهره الصورة)' })
  await expect(altBox).toBeFocused()
  await altBox.fill(alt)
  await form.getByRole('textbox', { name: 'التعليق' }).fill(caption)
  await form.getByRole('textbox', { name: 'حقوق الصورة' }).fill(credit)
  await form.getByRole('button', { name: 'إدراج الصورة' }).click()
  await expect(form).toBeHidden()
}

/** The id of the article open in the editor (the newest one). */
async function newestId(midad: {
  value: (n: 'articles.list', a: object) => Promise<{ id: string }[]>
}) {
  const [summary] = await midad.value('articles.list', {})
  return summary?.id ?? ''
}

test('an image from a file becomes a figure with alt text, caption and credit, kept across a reload', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await newArticle(page, 'افتتاح معرض الكتاب', 'افتتح الوزير المعرض صباح اليوم.')

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('toolbar', { name: 'التنسيق' }).getByRole('button', { name: 'صورة' }).click()
  await (await chooser).setFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: pngBytes(40, 30, 7),
  })
  // The alt text is required.
  const form = imageForm(page)
  await form.getByRole('button', { name: 'إدراج الصورة' }).click()
  await expect(form.getByRole('alert')).toHaveText('صِف الصورة لمن لا يستطيع رؤيتها.')
  expect(await unnamedControls(page)).toEqual([])
  await describeImage(page, 'الوزير يقص شريط الافتتاح', 'لحظة الافتتاح', 'تصوير: رويترز')

  const figure = body(page).locator('figure')
  await expect(figure).toHaveCount(1)
  const img = figure.getByRole('img', { name: 'الوزير يقص شريط الافتتاح' })
  await expect(img).toHaveAttribute('src', /^media\/[0-9a-f]{64}\.png$/)
  // The image really loads from the server (token cookie, CSP img-src 'self').
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(40)
  await expect(figure.locator('.caption')).toHaveText('لحظة الافتتاح')
  await expect(figure.locator('.credit')).toHaveText('تصوير: رويترز')
  await expectSaved(page)

  const stored = await midad.value('articles.get', { id: await newestId(midad) })
  const node = stored.body.content?.find((n) => n.type === 'figure')
  expect(node).toEqual({
    type: 'figure',
    attrs: {
      src: expect.stringMatching(/^media\/[0-9a-f]{64}\.png$/),
      alt: 'الوزير يقص شريط الافتتاح',
      credit: 'تصوير: رويترز',
    },
    content: [{ type: 'text', text: 'لحظة الافتتاح' }],
  })
  expect(await readdir(join(midad.dataDir, 'media'))).toHaveLength(1)

  await page.reload()
  await openArticle(page, /افتتاح معرض الكتاب/)
  const again = body(page).locator('figure')
  await expect(again.getByRole('img', { name: 'الوزير يقص شريط الافتتاح' })).toBeVisible()
  await expect(again.locator('.caption')).toHaveText('لحظة الافتتاح')
  await expect(body(page)).toContainText('افتتح الوزير المعرض صباح اليوم.')
})

test('a pasted image file and a dropped one each ask for alt text, then become figures', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await newArticle(page, 'صور من الميدان', 'الفقرة الأولى.')
  const base64 = pngBytes(8, 8, 1).toString('base64')

  await body(page).evaluate((el, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
    const transfer = new DataTransfer()
    transfer.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }))
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    )
  }, base64)
  await describeImage(page, 'صورة ملصقة')
  await expect(body(page).getByRole('img', { name: 'صورة ملصقة' })).toBeVisible()

  const dropped = pngBytes(9, 9, 2).toString('base64')
  await body(page).evaluate((el, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
    const transfer = new DataTransfer()
    transfer.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }))
    const paragraph = el.querySelector('p') as HTMLElement
    const box = paragraph.getBoundingClientRect()
    const at = { clientX: box.left + 5, clientY: box.top + box.height / 2 }
    for (const type of ['dragenter', 'dragover', 'drop'])
      el.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, ...at }),
      )
  }, dropped)
  await describeImage(page, 'صورة مسحوبة', 'تعليق الصورة')
  await expect(body(page).locator('figure')).toHaveCount(2)
  await expect(body(page).getByRole('img', { name: 'صورة مسحوبة' })).toBeVisible()
  await expectSaved(page)

  const stored = await midad.value('articles.get', { id: await newestId(midad) })
  const alts = JSON.stringify(stored.body)
  expect(alts).toContain('صورة ملصقة')
  expect(alts).toContain('صورة مسحوبة')
  expect(await readdir(join(midad.dataDir, 'media'))).toHaveLength(2)
})

test('an SVG is refused with a clear message and nothing is stored', async ({ page, midad }) => {
  await page.goto(midad.url)
  await newArticle(page, 'شعار', 'نص.')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'صورة', exact: true }).click()
  await (await chooser).setFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: svgBytes(),
  })
  await expect(page.getByRole('alert')).toContainText(
    'لا تُقبل صور SVG لأنها قد تحمل شيفرات برمجية. صدِّرها بصيغة PNG.',
  )
  await expect(imageForm(page)).toBeHidden()
  await expect(body(page).locator('figure')).toHaveCount(0)
  expect(await readdir(join(midad.dataDir, 'media')).catch(() => [])).toEqual([])

  // In English, the backend's own words.
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en')
  const chooser2 = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Image', exact: true }).click()
  await (await chooser2).setFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('just text, named .png'),
  })
  await expect(page.getByRole('alert')).toContainText(
    'This file is not an image Midad can use (PNG, JPEG, GIF, WebP or AVIF).',
  )
})

test('pasted HTML never fetches or keeps remote or data: images', async ({ page, midad }) => {
  const outside: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(midad.origin)) outside.push(request.url())
  })
  await page.goto(midad.url)
  await newArticle(page, 'لصق', 'قبل اللصق. ')
  const pixel = pngBytes(1, 1).toString('base64')
  await body(page).evaluate((el, data) => {
    const transfer = new DataTransfer()
    transfer.setData(
      'text/html',
      `<p>نص ملصوق <img src="https://tracker.example/pixel.png" alt="x"></p>
       <figure><img src="https://tracker.example/photo.jpg" alt="y"><figcaption>z</figcaption></figure>
       <figure><img src="data:image/png;base64,${data}" alt="d"></figure>
       <img src="http://127.0.0.1:9/local.png">`,
    )
    transfer.setData('text/plain', 'نص ملصوق')
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    )
  }, pixel)
  await expect(body(page)).toContainText('نص ملصوق')
  await expect(body(page).locator('img')).toHaveCount(0)
  await expectSaved(page)
  const stored = await midad.value('articles.get', { id: await newestId(midad) })
  const json = JSON.stringify(stored.body)
  expect(json).not.toContain('tracker.example')
  expect(json).not.toContain('data:')
  expect(json).not.toContain('figure')
  expect(outside).toEqual([])
})
