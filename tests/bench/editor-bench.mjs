// Keystroke-to-paint latency of the article editor on a ~5,000-word Arabic article, against a bare
// contenteditable holding the same text, in the same browser and run. A benchmark, not a test: it
// exits 0 whatever the numbers, and 1 only when something breaks.
// Run: node tests/bench/editor-bench.mjs (the server builds the app first when needed).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const DELAY_MS = 25
const WARMUP_CHARS = 50
const BLOCK_CHARS = 100
const BLOCKS = 3
const PARAGRAPHS = 85
const TITLE = 'مقال قياس سرعة الكتابة'
const WORDS =
  `في من على عن مع بين بعد قبل خلال حول هذا ذلك التي الذي قال عام يوم شهر كبير جديد مدينة
  الحكومة الوزير المشروع الاقتصاد السوق الناس العاصمة التعليم الصحة المياه الطاقة الشباب الجامعة
  الكتاب المعرض الدولة الرئيس مؤتمر صحفي تقرير ثلاثة ظروف غزة ضد`.split(/\s+/)
// Arabic (101) layout: the US key each letter sits on, so every keystroke is a real keydown.
const AR = 'ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ'
const US = "QWERTYUIOP[]ASDFGHJKL;'ZXCVNM,./`"
const PUNCT = { '[': 219, ']': 221, ';': 186, "'": 222, ',': 188, '.': 190, '/': 191, '`': 192 }
const PUNCT_CODE = { 219: 'BracketLeft', 221: 'BracketRight', 186: 'Semicolon', 222: 'Quote' }
Object.assign(PUNCT_CODE, { 188: 'Comma', 190: 'Period', 191: 'Slash', 192: 'Backquote' })
const KEYS = new Map([...AR].map((ch, i) => [ch, PUNCT[US[i]] ?? US.charCodeAt(i)]))
KEYS.set(' ', 32)
const codeOf = (keyCode) =>
  keyCode === 32 ? 'Space' : (PUNCT_CODE[keyCode] ?? `Key${String.fromCharCode(keyCode)}`)

function mulberry32(seed) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rng = mulberry32(20240607)
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(rng() * WORDS.length)])
const paragraphs = Array.from({ length: PARAGRAPHS }, () => `${words(60).join(' ')}.`)
const warmupText = ` ${words(20).join(' ')}`.slice(0, WARMUP_CHARS)
const typedText = ` ${words(80).join(' ')}`.slice(0, BLOCK_CHARS * BLOCKS)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function findChromium() {
  const candidates = [process.env.MIDAD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  candidates.push('/usr/bin/google-chrome')
  try {
    candidates.push(chromium.executablePath())
  } catch {}
  return candidates.find((path) => path && existsSync(path))
}

function startServer(dataDir) {
  const args = ['bin/midad.mjs', 'serve', '--data-dir', dataDir, '--port', '0']
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  const url = new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const match = /Open: (http\S+)/.exec(out)
      if (match) resolve(match[1])
    })
    child.stderr.on('data', (chunk) => process.stderr.write(chunk))
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready`)))
    setTimeout(() => reject(new Error('server not ready after 5 minutes')), 300_000).unref()
  })
  return { child, url }
}

async function api(origin, token, method, args) {
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(args),
  })
  const envelope = await response.json()
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`)
  return envelope.value
}

/** Installed in each page: keydown → next frame → message after it = keystroke-to-paint time. */
function installProbe() {
  const bench = { samples: [], slow: [] }
  window.__bench = bench
  document.addEventListener(
    'keydown',
    (e) => {
      const t0 = e.timeStamp
      requestAnimationFrame(() => {
        const ch = new MessageChannel()
        ch.port1.onmessage = () => bench.samples.push(performance.now() - t0)
        ch.port2.postMessage(0)
      })
    },
    true,
  )
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (['keydown', 'keypress', 'input'].includes(e.name) && e.duration > 16) bench.slow.push(e)
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 })
}

/** Types `text` one real key event at a time (keydown with text, keyup), DELAY_MS apart. */
async function typeBlock(target, text) {
  await target.page.bringToFront()
  await target.page.evaluate(() => {
    window.__bench.samples = []
    window.__bench.slow = []
  })
  for (const ch of text) {
    const keyCode = KEYS.get(ch)
    const key = { key: ch, code: codeOf(keyCode), windowsVirtualKeyCode: keyCode }
    await target.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: ch, ...key })
    await target.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key })
    await sleep(DELAY_MS)
  }
  await sleep(300) // let the last frames and Event Timing entries land
  const got = await target.page.evaluate(() => ({
    samples: window.__bench.samples,
    slow: window.__bench.slow.map((e) => e.name),
  }))
  return got
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}
const countNames = (names) => names.reduce((m, n) => ({ ...m, [n]: (m[n] ?? 0) + 1 }), {})

async function bareHtml() {
  const fontFile =
    'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2'
  const font = (await readFile(join(root, fontFile))).toString('base64')
  const ps = paragraphs.map((p) => `<p>${p}</p>`).join('')
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
    @font-face { font-family: 'Noto Naskh Arabic'; src: url(data:font/woff2;base64,${font}) format('woff2'); }
    html, body { height: 100%; margin: 0; } main { height: 100%; overflow-y: auto; }
    #ed { max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; outline: none;
      font-family: 'Noto Naskh Arabic', serif; font-size: 1.15rem; line-height: 1.9;
      white-space: pre-wrap; word-wrap: break-word; }
    #ed p { margin: 0 0 0.9em; text-align: start; }
  </style></head><body><main><div id="ed" contenteditable="true" dir="rtl">${ps}</div></main></body></html>`
}

const executablePath = findChromium()
if (!executablePath) {
  console.error('No Chromium found. Install one with `apt-get install chromium`')
  console.error('or `npx playwright install chromium` (or point MIDAD_CHROMIUM at a binary).')
  process.exit(1)
}
let browser
let server
const dataDir = await mkdtemp(join(tmpdir(), 'midad-bench-'))
try {
  server = startServer(dataDir)
  const url = new URL(await server.url)
  const token = url.searchParams.get('token')
  const body = {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  }
  await api(url.origin, token, 'articles.create', { title: TITLE, standfirst: 'قياس', body })
  console.log(`article: ${PARAGRAPHS} paragraphs, ${paragraphs.join(' ').split(' ').length} words`)

  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'].concat([
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ]),
  })
  const context = await browser.newContext()
  const ours = { page: await context.newPage() }
  await ours.page.goto(url.href)
  await ours.page
    .getByRole('list', { name: 'المقالات' })
    .getByRole('button', { name: TITLE })
    .click()
  // Located by role, not by name: the body's aria-label does not survive re-renders (see report).
  const editor = ours.page.locator('.ProseMirror[role="textbox"]')
  await editor.waitFor()
  const label = await editor.getAttribute('aria-label')
  if (label !== 'نص المقال') console.log(`warning: body textbox aria-label is ${label}`)
  await ours.page.waitForFunction(
    (n) => document.querySelectorAll('.ProseMirror p').length === n,
    PARAGRAPHS,
  )
  await ours.page.evaluate(() => document.fonts.ready)

  const bare = { page: await context.newPage() }
  await bare.page.setContent(await bareHtml())
  await bare.page.evaluate(() => document.fonts.ready)

  const mid = Math.floor(PARAGRAPHS / 2)
  for (const [target, selector] of [
    [ours, '.ProseMirror p'],
    [bare, '#ed p'],
  ]) {
    target.cdp = await context.newCDPSession(target.page)
    await target.page.evaluate(installProbe)
    await target.page.bringToFront()
    await target.page.locator(selector).nth(mid).click()
  }

  await typeBlock(bare, warmupText)
  await typeBlock(ours, warmupText)
  const result = { ours: { samples: [], slow: [] }, bare: { samples: [], slow: [] } }
  for (let i = 0; i < BLOCKS; i++) {
    const chunk = typedText.slice(i * BLOCK_CHARS, (i + 1) * BLOCK_CHARS)
    for (const name of i % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours']) {
      const got = await typeBlock(name === 'ours' ? ours : bare, chunk)
      result[name].samples.push(...got.samples)
      result[name].slow.push(...got.slow)
    }
  }

  const probe = typedText.slice(0, 20)
  for (const [name, locator] of [
    ['ours', editor],
    ['bare', bare.page.locator('#ed')],
  ]) {
    const text = await locator.textContent()
    if (!text.includes(probe))
      throw new Error(`${name}: the typed text did not land in the document`)
    if (!text.includes(typedText))
      console.log(`warning: ${name}: not all 300 typed characters found`)
  }

  const stats = {}
  for (const name of ['ours', 'bare']) {
    const { samples, slow } = result[name]
    stats[name] = { p50: percentile(samples, 50), p95: percentile(samples, 95) }
    const max = Math.max(...samples)
    console.log(
      `${name}: n=${samples.length} p50=${stats[name].p50.toFixed(1)}ms p95=${stats[name].p95.toFixed(1)}ms max=${max.toFixed(1)}ms ` +
        `event-timing>16ms=${JSON.stringify(countNames(slow))}`,
    )
  }
  const ratio = stats.ours.p95 / stats.bare.p95
  console.log(
    `editor: type_p95_ms=${stats.ours.p95.toFixed(1)} bare_p95_ms=${stats.bare.p95.toFixed(1)} ratio=${ratio.toFixed(2)}`,
  )
} catch (error) {
  console.error(`editor-bench failed: ${error?.stack ?? error}`)
  process.exitCode = 1
} finally {
  await browser?.close().catch(() => {})
  if (server && server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once('exit', resolve))
    server.child.kill('SIGTERM')
    await Promise.race([exited, sleep(5000)])
    if (server.child.exitCode === null) server.child.kill('SIGKILL')
  }
  server?.url.catch(() => {})
  await rm(dataDir, { recursive: true, force: true })
}
