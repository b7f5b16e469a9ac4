// One phase of the comments benchmark, run by tests/bench/comments-bench.mjs in a fresh process:
//   generate <dataDir> <count> <articles>   a data directory with <count> synthetic comments
//   measure <dataDir>                       the moderation queues through createBackend + dispatch
// Results are JSON objects, one a line on stdout; progress goes to stderr.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createBackend } from '../../electron/api/create-backend'
import { type Backend, dispatch } from '../../electron/api/dispatch'
import { SHARDS, shardName } from '../../electron/comments/comment-store'
import { dataLayout } from '../../electron/store/data-layout'
import { matchesSearch } from '../../shared/arabic/normalize'
import { type Comment, summarizeComment } from '../../shared/comments/comment-schema'
import type { ActionResult, CommentPage } from '../../shared/comments/comments-contract'
import { emit, log, message } from './bench-output'
import { generateComments } from './comments-bench-data'

/** The sample newsroom a generated data directory starts from (the runner runs in the repo root). */
const sampleDir = join(process.cwd(), 'data')

const PAGE = 50
const ACTIONS = 30
const BULK = 1_000
const BULK_ROUNDS = 3
const SEARCHES = ['الكهرباء', 'وزاره الصحة', 'البنك المركزى', 'ارقاما لا وعودا', 'reader123']

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)] ?? NaN
}

async function call<T>(backend: Backend, name: string, args: unknown): Promise<T> {
  const envelope = await dispatch(backend, name, args)
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`)
  return envelope.value as T
}

async function time<T>(task: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now()
  const result = await task()
  return [performance.now() - start, result]
}

/** The queue as a store without indexes must build it: every comment filtered and sorted. */
function naivePending(all: readonly Comment[]) {
  return all
    .filter((c) => c.status === 'pending')
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .slice(0, PAGE)
    .map(summarizeComment)
}

async function runGenerate(dataDir: string, count: number, articles: number) {
  // A real data directory first (the sample newsroom, midad.json), then the comments beside it.
  const open = await createBackend({ dataDir, sampleDir, dailyBackup: false, publishJobs: false })
  await open.close()
  const start = performance.now()
  const result = await generateComments(dataDir, count, articles)
  emit({ ...result, generateMs: performance.now() - start })
}

async function runMeasure(dataDir: string) {
  const layout = dataLayout(dataDir)
  // Baseline for the load: reading and JSON.parse of the same shard files, nothing checked.
  const [parseMs] = await time(async () => {
    let n = 0
    for (let i = 0; i < SHARDS; i++) {
      n += JSON.parse(await readFile(layout.commentShard(shardName(i)), 'utf8')).comments.length
    }
    return n
  })
  globalThis.gc?.()
  const start = performance.now()
  const open = await createBackend({ dataDir, sampleDir, dailyBackup: false, publishJobs: false })
  const backendMs = performance.now() - start
  const { store } = await open.comments.loaded()
  const loadMs = performance.now() - start
  const { backend } = open
  const [firstMs, first] = await time(() =>
    call<CommentPage>(backend, 'comments.list', { status: 'pending', limit: PAGE }),
  )
  const all = [...store.all()]
  const [naiveMs] = await time(() => naivePending(all))
  const opens: number[] = []
  for (let i = 0; i < 20; i++) {
    const [ms] = await time(() =>
      call<CommentPage>(backend, 'comments.list', { status: 'pending', limit: PAGE }),
    )
    opens.push(ms)
  }
  emit({
    size: store.size,
    pending: first.total,
    backendMs,
    loadMs,
    parseMs,
    coldFirstPageMs: loadMs + firstMs,
    openPendingMs: firstMs,
    openPendingWarmP50: median(opens),
    naiveListMs: naiveMs,
  })
  log(
    `loaded ${store.size} comments in ${loadMs.toFixed(0)} ms; first page ${firstMs.toFixed(1)} ms`,
  )

  const actions: number[] = []
  for (let i = 0; i < ACTIONS; i++) {
    const page = await call<CommentPage>(backend, 'comments.list', {
      status: 'pending',
      limit: PAGE,
    })
    const id = page.items[0]?.id
    const [ms] = await time(async () => {
      await call<ActionResult>(backend, 'comments.moderate', { ids: [id], action: 'approve' })
      return call<CommentPage>(backend, 'comments.list', { status: 'pending', limit: PAGE })
    })
    actions.push(ms)
  }
  emit({ actionNextP50: median(actions), actionNextP95: p95(actions) })

  const bulks: number[] = []
  const undos: number[] = []
  for (let round = 0; round < BULK_ROUNDS; round++) {
    const ids: string[] = []
    for (let offset = 0; ids.length < BULK; offset += 500) {
      const page = await call<CommentPage>(backend, 'comments.list', {
        status: 'pending',
        offset: offset + round * BULK,
        limit: 500,
      })
      ids.push(...page.items.map((c) => c.id))
    }
    const [ms, result] = await time(() =>
      call<ActionResult>(backend, 'comments.moderate', { ids, action: 'approve' }),
    )
    if (result.comments.length !== BULK) throw new Error(`bulk approved ${result.comments.length}`)
    bulks.push(ms)
    if (round === 0) {
      const [undoMs] = await time(() =>
        call<ActionResult>(backend, 'comments.undo', { actionId: result.actionId }),
      )
      undos.push(undoMs)
    }
  }
  // The queues still hold every comment once: the numbers above are of a correct index.
  const counts = await call<Record<string, number>>(backend, 'comments.counts', {})
  const queued = Object.values(counts).reduce((a, b) => a + b, 0)
  if (queued !== store.size) throw new Error(`queues hold ${queued} of ${store.size} comments`)
  const [stringifyMs] = await time(() => JSON.stringify({ comments: [...store.all()] }).length)
  emit({ bulkP50: median(bulks), bulks, bulkUndoMs: undos[0], stringifyMs })

  const searches: number[] = []
  let coldSearchMs = Number.NaN
  let hits = 0
  for (let round = 0; round < 3; round++) {
    for (const query of SEARCHES) {
      const [ms, page] = await time(() =>
        call<CommentPage>(backend, 'comments.list', { status: 'approved', query, limit: PAGE }),
      )
      if (Number.isNaN(coldSearchMs)) coldSearchMs = ms
      else searches.push(ms)
      if (round === 0) hits += page.total
    }
  }
  const [naiveSearchMs] = await time(() => {
    const now = [...store.all()]
    return now
      .filter((c) => c.status === 'approved')
      .filter((c) =>
        matchesSearch(`${c.author.name} ${c.author.email} ${c.body}`, SEARCHES[0] as string),
      )
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .slice(0, PAGE).length
  })
  emit({ coldSearchMs, searchP50: median(searches), searchP95: p95(searches), hits, naiveSearchMs })
  globalThis.gc?.()
  const memory = process.memoryUsage()
  emit({ rssMb: memory.rss / 2 ** 20, heapMb: memory.heapUsed / 2 ** 20 })
  await open.close()
}

const [mode, dir, countArg, articlesArg] = process.argv.slice(2)
try {
  if (mode === 'generate' && dir) await runGenerate(dir, Number(countArg), Number(articlesArg))
  else if (mode === 'measure' && dir) await runMeasure(dir)
  else throw new Error(`unknown phase ${mode}`)
} catch (error) {
  emit({ error: message(error) })
  process.exitCode = 1
}
