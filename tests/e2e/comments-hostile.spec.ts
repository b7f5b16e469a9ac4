import { card, expectCurrent, openModeration, queueList, seedComments } from './comments-fixtures'
import { expect, test } from './fixtures'

/** A window property the payloads set if any of them ever runs. */
const PWNED = '__midadPwned'

const scriptBody = `<script>window.${PWNED}=1</script><b>bold?</b>`
const imageBody = `<img src=x onerror="window.${PWNED}=2"><svg onload="window.${PWNED}=6">`
const linkBody = `<a href="javascript:window.${PWNED}=3">click me</a> see javascript:window.${PWNED}=4 or data:text/html,<script>alert(1)</script> or https://example.com/news?id=1 and www.example.org`
/** A megabyte of Arabic text with one unbroken 100,000-letter "word", ending in a marker. */
const hugeBody = `${'كلام طويل جدا '.repeat(64_000)}${'ب'.repeat(100_000)} END-OF-BODY`

test('hostile comments are shown inert, nothing runs, and the panel stays responsive', async ({
  page,
  midad,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await seedComments(midad, [
    { author: { name: 'Script kiddie' }, body: scriptBody, status: 'pending' },
    {
      author: { name: 'Image', url: `javascript:window.${PWNED}=5`, email: '<b>x</b>@evil' },
      body: imageBody,
      status: 'pending',
    },
    { author: { name: 'Linker' }, body: linkBody, status: 'pending' },
    { author: { name: 'Big' }, body: hugeBody, status: 'pending' },
    { author: { name: '\u202Eredaer live' }, body: 'my name reads backwards', status: 'pending' },
    // A lone surrogate (invalid UTF-16), sent as the JSON escape "\ud800".
    { author: { name: 'Broken pair' }, body: 'half \ud800 a pair \udc00', status: 'pending' },
  ])
  await openModeration(page, midad)
  const body = card(page).locator('.comment-body')

  // Markup is text, in the row and in the card.
  await expectCurrent(page, 'Script kiddie')
  await expect(queueList(page).getByRole('listitem').first()).toContainText('<script>')
  await expect(body).toHaveText(scriptBody)

  await page.keyboard.press('j')
  await expectCurrent(page, 'Image')
  await expect(body).toHaveText(imageBody)
  // Contact details are plain text, never links.
  await expect(card(page)).toContainText(`javascript:window.${PWNED}=5`)
  await expect(card(page)).toContainText('<b>x</b>@evil')
  await expect(card(page).getByRole('link')).toHaveCount(0)

  // Links are listed only on request; only the web addresses can be opened, in a new tab.
  await page.keyboard.press('j')
  await expectCurrent(page, 'Linker')
  await expect(body).toHaveText(linkBody)
  await expect(card(page).getByRole('link')).toHaveCount(0)
  await card(page)
    .getByRole('button', { name: /^Show links \(\d+\)$/ })
    .click()
  const links = card(page).getByRole('list', { name: 'Links in the comment' })
  await expect(links).toContainText(`javascript:window.${PWNED}=3`)
  await expect(links).toContainText(`javascript:window.${PWNED}=4`)
  await expect(links).toContainText('data:text/html')
  const anchors = links.getByRole('link')
  await expect(anchors).toHaveText(['https://example.com/news?id=1', 'https://www.example.org/'])
  for (const anchor of await anchors.all()) {
    await expect(anchor).toHaveAttribute('target', '_blank')
    await expect(anchor).toHaveAttribute('rel', 'noopener noreferrer')
    expect(await anchor.getAttribute('href')).toMatch(/^https:\/\//)
  }

  // A 1 MB body: the card shows its start at once, and the keys keep working.
  await page.keyboard.press('j')
  await expectCurrent(page, 'Big')
  const showFull = card(page).getByRole('button', { name: 'Show full text' })
  await expect(showFull).toBeVisible()
  expect((await body.textContent())?.length).toBeLessThan(20_100)
  await page.keyboard.press('k')
  await expectCurrent(page, 'Linker')
  await page.keyboard.press('j')
  await expectCurrent(page, 'Big')
  await showFull.click()
  await expect(body).toContainText('END-OF-BODY')
  expect((await body.textContent())?.length).toBe(hugeBody.length)
  // The unbroken word wraps inside the card instead of widening it.
  const widths = await body.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
  expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1)
  await page.keyboard.press('j')

  // The override character never reaches the page: a visible marker stands in for it.
  await expectCurrent(page, '⟦U+202E⟧redaer live')
  expect(await page.evaluate(() => document.documentElement.textContent?.includes('\u202E'))).toBe(
    false,
  )
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')

  // The lone surrogate was replaced with U+FFFD on the way in.
  await page.keyboard.press('j')
  await expectCurrent(page, 'Broken pair')
  await expect(body).toHaveText('half \uFFFD a pair \uFFFD')

  // Nothing ran, no dialog opened, and no element came from a comment's markup.
  expect(
    await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], PWNED),
  ).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(
    await page.locator('.moderation-view').locator('img, svg, b, script, iframe').count(),
  ).toBe(0)
  expect(
    await page.evaluate(
      (name) => [...document.scripts].some((script) => script.textContent?.includes(name)),
      PWNED,
    ),
  ).toBe(false)
  // Still responsive after all that: back to the top with k.
  for (let i = 0; i < 5; i++) await page.keyboard.press('k')
  await expectCurrent(page, 'Script kiddie')
})
