// One phase of the store benchmark, run by tests/bench/store-bench.mjs in a fresh process each:
//   generate <count> <dataDir> <dbJson>   writes the synthetic newsroom in both formats
//   ours <count> <dataDir>                 Midad's store, through createBackend and dispatch
//   baseline <count> <dbJson>              one lowdb db.json holding every article
// Results are JSON objects, one a line on stdout (so a phase that dies still reports what it
// measured); progress goes to stderr.
import { open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { createBackend } from '../../electron/api/create-backend'
import { type Backend, dispatch } from '../../electron/api/dispatch'
import { titleSearch } from '../../shared/arabic/title-search'
import {
  type Article,
  type ArticleFields,
  type ArticleSummary,
  summarize,
} from '../../shared/articles/article-schema'
import { emit, log, message } from './bench-output'
import { timeBackgroundScan } from './scan-timer'
import { editParagraph, generate, prng, SEARCH_QUERIES } from './store-bench-data'

const FIRST_PAGE = 50
/** Articles the saves rotate over (an editor saving a handful of stories again and again). */
const EDITED = 20
const SAVES = 200
const WARMUP_SAVES = 5
const SAVES_DURING_SCAN = 100
const COMPACTING_SAVES = 5
const BASELINE_SAVES: Record<number, number> = { 1000: 30, 10000: 20 }
/** Rounds of the search queries: fewer at 50,000, where one query takes a few hundred ms. */
const searchRounds = (count: number): number => (count > 10_000 ? 5 : 10)
const FSYNC_PROBES = 100

/** Nearest-rank percentile. */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN
}

const stats = (samples: number[]) => ({
  p50: percentile(samples, 0.5),
  p95: percentile(samples, 0.95),
  max: Math.max(...samples),
  n: samples.length,
})

/** Peak resident memory of this process so far, and the heap still held after a full GC. */
function memory() {
  globalThis.gc?.()
  return {
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapHeldMb: process.memoryUsage().heapUsed / 2 ** 20,
  }
}

/** The title search the article list runs on every keystroke, timed per query. */
function searchTimes(items: readonly { title: string }[]) {
  const rounds = searchRounds(items.length)
  const times: number[] = []
  const hits: Record<string, number> = {}
  // As the article list does: titles are folded once per list, then each keystroke compares.
  const search = titleSearch([...items])
  for (let round = 0; round < rounds; round++) {
    for (const query of SEARCH_QUERIES) {
      const start = performance.now()
      const visible = search(query)
      times.push(performance.now() - start)
      hits[query] = visible.length
    }
  }
  return { ...stats(times), hits }
}

/**
 * The disk's own latency at this moment: a 20 KB write and fsync to a new file, as a save does
 * three times. Other processes writing to the same disk show up here, not only in the saves.
 */
async function fsyncTimes(dir: string) {
  const times: number[] = []
  const data = 'م'.repeat(10_000)
  for (let i = 0; i < FSYNC_PROBES; i++) {
    const file = join(dir, `.store-bench-fsync-${i}.tmp`)
    const start = performance.now()
    const handle = await open(file, 'w')
    await handle.writeFile(data, 'utf8')
    await handle.sync()
    await handle.close()
    times.push(performance.now() - start)
    await rm(file)
  }
  return stats(times)
}

/** The fields the editor sends with every save (all of them, as `collect()` does). */
const editorFields = (a: Article, rng: () => number): ArticleFields => ({
  title: a.title,
  standfirst: a.standfirst,
  body: editParagraph(a, rng),
  excerpt: a.excerpt,
  slug: a.slug,
  byline: a.byline,
  tags: a.tags,
  category: a.category,
  status: a.status,
})

/** Every `count / EDITED`-th article of the list: spread over old and new. */
const editedIds = (ids: string[]): string[] =>
  Array.from({ length: EDITED }, (_, i) => ids[Math.floor((i * ids.length) / EDITED)] as string)

async function call<T>(backend: Backend, name: string, args: unknown): Promise<T> {
  const envelope = await dispatch(backend, name, args)
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.value as T
}

async function runOurs(count: number, dataDir: string): Promise<void> {
  // createBackend starts a background scan that reads every article; note when it finishes.
  const scanEnded = timeBackgroundScan()

  const start = performance.now()
  const opened = await createBackend({ dataDir, app: 'store-bench' })
  const backendReady = performance.now()
  let list: ArticleSummary[] = await call(opened.backend, 'articles.list', {})
  const firstPage = list.slice(0, FIRST_PAGE)
  const end = performance.now()
  emit({
    openMs: end - start,
    openBackendMs: backendReady - start,
    openListMs: end - backendReady,
    // performance.now() counts from the start of this process.
    sinceProcessStartMs: end,
    listed: list.length,
    firstPage: firstPage.length,
  })
  if (list.length !== count) throw new Error(`listed ${list.length} articles, expected ${count}`)
  log(`ours: cold open ${(end - start).toFixed(1)} ms`)

  let scanning = true
  void scanEnded().then(() => {
    scanning = false
  })
  const rng = prng(20_240_607)
  const ids = editedIds(list.map((a) => a.id))
  const current = new Map<string, Article>()
  let turn = 0
  const save = async (): Promise<number> => {
    const id = ids[turn++ % ids.length] as string
    const article = current.get(id) ?? (await call<Article>(opened.backend, 'articles.get', { id }))
    const changes = editorFields(article, rng)
    const before = performance.now()
    const saved = await call<Article>(opened.backend, 'articles.save', {
      id,
      baseRevision: article.revision,
      changes,
    })
    const ms = performance.now() - before
    current.set(id, saved)
    return ms
  }

  // What a user who saves right after opening gets: saves compete with the background scan.
  const duringScan: number[] = []
  while (scanning && duringScan.length < SAVES_DURING_SCAN) duringScan.push(await save())
  emit({ duringScan: duringScan.length ? stats(duringScan) : null })
  const scanMs = await scanEnded()
  const recoveries = opened.status().recoveries.length
  emit({ scanMs, recoveries })
  log(`ours: background scan ${(scanMs / 1000).toFixed(1)} s, ${duringScan.length} saves during it`)
  if (recoveries) throw new Error(`the scan quarantined ${recoveries} generated articles`)
  const history = await opened.articles.revisions.stamps(ids[ids.length - 1] as string)
  if (history.length === 0) throw new Error('a generated article has no revision on disk')

  emit({ search: searchTimes(list) })

  emit({ fsync: await fsyncTimes(dataDir) })
  // Steady state: the scan is over, as for the rest of a working session.
  for (let i = 0; i < WARMUP_SAVES; i++) await save()
  const saves: number[] = []
  for (let i = 0; i < SAVES; i++) saves.push(await save())
  emit({ save: stats(saves) })
  log(`ours: save p95 ${percentile(saves, 0.95).toFixed(2)} ms`)

  // One save in COMPACT_AFTER (2,000) also folds the journal into index.json: time that save.
  const index = (opened.articles as unknown as { index: { compactAfter: number } }).index
  index.compactAfter = 1
  const compacting: number[] = []
  for (let i = 0; i < COMPACTING_SAVES; i++) compacting.push(await save())
  emit({ compactingSave: stats(compacting) })

  list = []
  emit({ memory: memory() })
  await opened.close()
}

interface BaselineData {
  articles: Article[]
}

const newestFirst = (a: Article, b: Article): number =>
  Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id)

async function runBaseline(count: number, file: string): Promise<void> {
  const start = performance.now()
  const db = new Low<BaselineData>(new JSONFile<BaselineData>(file), { articles: [] })
  try {
    await db.read()
  } catch (error) {
    emit({ openError: message(error), memory: memory() })
    return
  }
  const firstPage = [...db.data.articles].sort(newestFirst).slice(0, FIRST_PAGE).map(summarize)
  const end = performance.now()
  emit({ openMs: end - start, listed: db.data.articles.length, firstPage: firstPage.length })
  if (db.data.articles.length !== count)
    throw new Error(`db.json holds ${db.data.articles.length} articles, expected ${count}`)
  log(`baseline: cold open ${(end - start).toFixed(1)} ms`)

  emit({ search: searchTimes(db.data.articles) })

  const rng = prng(20_240_607)
  const ids = editedIds([...db.data.articles].sort(newestFirst).map((a) => a.id))
  let turn = 0
  const save = async (): Promise<number> => {
    const id = ids[turn++ % ids.length] as string
    const held = db.data.articles.find((a) => a.id === id) as Article
    const changes = editorFields(held, rng)
    const baseRevision = held.revision
    const before = performance.now()
    // The naive store: find the article, check its revision, replace it, rewrite db.json.
    const at = db.data.articles.findIndex((a) => a.id === id)
    const stored = db.data.articles[at] as Article
    if (stored.revision !== baseRevision) throw new Error('conflict')
    const now = Date.now()
    const previous = Date.parse(stored.updatedAt)
    db.data.articles[at] = {
      ...stored,
      ...changes,
      updatedAt: new Date(now > previous ? now : previous + 1).toISOString(),
      revision: stored.revision + 1,
    }
    await db.write()
    return performance.now() - before
  }
  const n = BASELINE_SAVES[count] ?? 10
  const saves: number[] = []
  try {
    await save()
    for (let i = 0; i < n; i++) {
      saves.push(await save())
      if ((i + 1) % 5 === 0)
        log(`baseline: ${i + 1}/${n} saves, last ${(saves[i] ?? 0).toFixed(0)} ms`)
    }
    emit({ save: stats(saves) })
  } catch (error) {
    emit({ saveError: message(error) })
  }
  emit({ memory: memory() })
}

async function runGenerate(count: number, dataDir: string, dbJson: string): Promise<void> {
  const start = performance.now()
  let shown = 0
  const result = await generate(count, dataDir, dbJson, (done) => {
    if (done - shown >= 5000 || done === count) {
      shown = done
      log(`generate: ${done}/${count} articles`)
    }
  })
  emit({ ...result, generateMs: performance.now() - start })
}

const [mode, countArg, pathArg, extraArg] = process.argv.slice(2)
const count = Number(countArg)
try {
  if (mode === 'generate' && pathArg && extraArg) await runGenerate(count, pathArg, extraArg)
  else if (mode === 'ours' && pathArg) await runOurs(count, pathArg)
  else if (mode === 'baseline' && pathArg) await runBaseline(count, pathArg)
  else throw new Error(`usage: store-bench-run generate|ours|baseline <count> <path> [dbJson]`)
} catch (error) {
  emit({ error: message(error) })
  process.exitCode = 1
}
