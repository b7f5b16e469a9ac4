// Keystroke-to-paint latency of the article editor on a ~5,000-word Arabic article, against a bare
// contenteditable holding the same text, in the same browser and run. A benchmark, not a test: it
// exits 0 whatever the numbers, and 1 only when something breaks.
// Run: node tests/bench/editor-bench.mjs (the server builds the app first when needed).
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser, INSTALL_HINT } from '../../scripts/find-browser.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const [DELAY_MS, WARMUP_CHARS, BLOCK_CHARS, BLOCKS, PARAGRAPHS] = [25, 50, 100, 3, 85]
const TITLE = 'مقال قياس سرعة الكتابة'
const FONT =
  'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2'
// Without vsync and the frame-rate cap, a frame is produced as soon as there is work: the latency
// measures the editor's work instead of where the key landed in the 16.7 ms display cycle.
const ARGS = [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit']
const WORDS =
  `في من على عن مع بين بعد قبل خلال حول هذا ذلك التي الذي قال عام يوم شهر كبير جديد مدينة
  الحكومة الوزير المشروع الاقتصاد السوق الناس العاصمة التعليم الصحة المياه الطاقة الشباب الجامعة
  الكتاب المعرض الدولة الرئيس مؤتمر صحفي تقرير ثلاثة ظروف غزة ضد`.split(/\s+/)

// Playwright's keyboard.type sends characters missing from its US layout (all Arabic letters) as
// insertText, with no keydown. So keys are sent as an Arabic (101) keyboard would: a keydown
// carrying the letter and the code/keyCode of the key it sits on, then a keyup.
const AR = 'ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ '
const US = "QWERTYUIOP[]ASDFGHJKL;'ZXCVNM,./` "
const OEM = { '[': [219, 'BracketLeft'], ']': [221, 'BracketRight'], ';': [186, 'Semicolon'] }
Object.assign(OEM, { "'": [222, 'Quote'], ',': [188, 'Comma'], '.': [190, 'Period'] })
Object.assign(OEM, { '/': [191, 'Slash'], '`': [192, 'Backquote'], ' ': [32, 'Space'] })
const KEYS = new Map([...AR].map((ch, i) => [ch, OEM[US[i]] ?? [US.charCodeAt(i), `Key${US[i]}`]]))

let seed = 20240607 // a seeded LCG: the same article and keystrokes on every run
const rng = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed / 2 ** 32
}
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(rng() * WORDS.length)])
const paragraphs = Array.from({ length: PARAGRAPHS }, () => `${words(60).join(' ')}.`)
const warmupText = ` ${words(20).join(' ')}`.slice(0, WARMUP_CHARS)
const typedText = ` ${words(80).join(' ')}`.slice(0, BLOCK_CHARS * BLOCKS)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function startServer(dataDir) {
  const args = ['bin/midad.mjs', 'serve', '--data-dir', dataDir, '--port', '0']
  // A build triggered here must be what ships, whatever NODE_ENV the caller runs under.
  const env = { ...process.env, NODE_ENV: 'production' }
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
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

/** Runs in each page: keydown → next frame → the message after it marks the frame as produced. */
function installProbe() {
  const bench = { samples: [], slow: [] }
  window.__bench = bench
  const onKey = (e) => {
    const t0 = e.timeStamp
    requestAnimationFrame(() => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => bench.samples.push(performance.now() - t0)
      ch.port2.postMessage(0)
    })
  }
  document.addEventListener('keydown', onKey, true)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (['keydown', 'keypress', 'input'].includes(e.name) && e.duration > 16)
        bench.slow.push(e.name)
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 })
}

/** Clicks the middle paragraph of a page and installs the probe there. */
async function prepare(context, page, paragraphSelector) {
  await page.evaluate(() => document.fonts.ready)
  await page.evaluate(installProbe)
  await page.bringToFront()
  const mid = Math.floor(PARAGRAPHS / 2)
  await page.locator(paragraphSelector).nth(mid).click()
  return { page, cdp: await context.newCDPSession(page), samples: [], slow: [] }
}

/** Types `text` one key at a time, DELAY_MS apart; keeps the samples unless it is a warm-up. */
async function typeBlock(target, text, keep = true) {
  await target.page.bringToFront()
  await target.page.evaluate(() => Object.assign(window.__bench, { samples: [], slow: [] }))
  for (const ch of text) {
    const [keyCode, code] = KEYS.get(ch)
    const key = { key: ch, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode }
    await target.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: ch, ...key })
    await target.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key })
    await sleep(DELAY_MS)
  }
  await sleep(300) // the last frames and Event Timing entries land
  const got = await target.page.evaluate(() => window.__bench)
  if (keep) target.samples.push(...got.samples)
  if (keep) target.slow.push(...got.slow)
}

function summary(name, { samples, slow }) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
  const counts = {}
  for (const n of slow) counts[n] = (counts[n] ?? 0) + 1
  const [p50, p95, max] = [at(50), at(95), sorted.at(-1)].map((v) => v.toFixed(1))
  console.log(`${name}: n=${sorted.length} p50=${p50}ms p95=${p95}ms max=${max}ms`)
  console.log(`${name}: Event Timing entries over 16 ms: ${JSON.stringify(counts)}`)
  return at(95)
}

async function bareHtml() {
  const font = (await readFile(join(root, FONT))).toString('base64')
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('')
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
    @font-face { font-family: 'Noto Naskh Arabic'; src: url(data:font/woff2;base64,${font}); }
    html, body { height: 100%; margin: 0; } main { height: 100%; overflow-y: auto; }
    #ed { max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; outline: none;
      font: 1.15rem/1.9 'Noto Naskh Arabic', serif; white-space: pre-wrap; word-wrap: break-word; }
    #ed p { margin: 0 0 0.9em; text-align: start; }
  </style></head><body><main><div id="ed" contenteditable dir="rtl">${body}</div></main></body></html>`
}

const executablePath = await findBrowser()
if (!executablePath) {
  console.error(INSTALL_HINT)
  process.exit(1)
}
let browser
let server
const dataDir = await mkdtemp(join(tmpdir(), 'midad-bench-'))
try {
  server = startServer(dataDir)
  const url = new URL(await server.url)
  const para = (text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
  const body = { type: 'doc', content: paragraphs.map(para) }
  const token = url.searchParams.get('token')
  const created = await fetch(`${url.origin}/api/articles.create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ title: TITLE, standfirst: 'قياس زمن الكتابة', body }),
  }).then((response) => response.json())
  if (!created.ok) throw new Error(`articles.create: ${JSON.stringify(created.error)}`)
  console.log(`article: ${PARAGRAPHS} paragraphs, ${paragraphs.join(' ').split(' ').length} words`)

  browser = await chromium.launch({ executablePath, headless: true, args: ARGS })
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url.href)
  await page.getByRole('list', { name: 'المقالات' }).getByRole('button', { name: TITLE }).click()
  const editor = page.getByRole('textbox', { name: 'نص المقال' })
  await editor.waitFor()
  const count = (n) => document.querySelectorAll('.ProseMirror p').length === n
  await page.waitForFunction(count, PARAGRAPHS)
  const bundle = await page.evaluate(() => document.querySelector('script[src]').src)
  if ((await (await page.request.get(bundle)).text()).includes('jsxDEV'))
    console.log('warning: dist holds a React development build (built with NODE_ENV != production)')
  const ours = await prepare(context, page, '.ProseMirror p')
  const barePage = await context.newPage()
  await barePage.setContent(await bareHtml())
  const bare = await prepare(context, barePage, '#ed p')

  // Warm-ups, then blocks alternating which page goes first, to share the machine's noise fairly.
  await typeBlock(bare, warmupText, false)
  await typeBlock(ours, warmupText, false)
  for (let i = 0; i < BLOCKS; i++) {
    const chunk = typedText.slice(i * BLOCK_CHARS, (i + 1) * BLOCK_CHARS)
    for (const target of i % 2 === 0 ? [ours, bare] : [bare, ours]) await typeBlock(target, chunk)
  }

  const bareText = await barePage.locator('#ed').textContent()
  for (const [name, text] of Object.entries({ ours: await editor.textContent(), bare: bareText })) {
    if (!text.includes(typedText.slice(0, 20))) throw new Error(`${name}: typed text not found`)
    if (!text.includes(typedText)) console.log(`warning: ${name}: not all typed text was found`)
  }
  const oursP95 = summary('ours', ours)
  const bareP95 = summary('bare', bare)
  const [o, b, ratio] = [oursP95.toFixed(1), bareP95.toFixed(1), (oursP95 / bareP95).toFixed(2)]
  console.log(`editor: type_p95_ms=${o} bare_p95_ms=${b} ratio=${ratio}`)
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
