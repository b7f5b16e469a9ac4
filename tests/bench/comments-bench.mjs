// The comment moderation queues at newsroom scale: 200,000 synthetic Arabic comments over 10,000
// articles, written into a fresh data directory, then opened in a fresh `node --expose-gc`
// process through createBackend and the validating dispatcher, as `midad serve` answers the UI.
// Measures: the store's cold load, the Pending queue's first page, one approve followed by the
// next page, a bulk approve of 1,000, and search. Each is also given against a baseline measured
// in the same process (see the table). A benchmark, not a test: it exits 0 whatever the numbers,
// and 1 only when something breaks.
// Run: npm run bench:comments   (or node tests/bench/comments-bench.mjs --count 50000)
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, flushDisks, load, runPhase, table } from './bench-process.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const runner = join(root, 'dist', 'bench', 'comments-bench-run.mjs')
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const COUNT = arg('--count', 200_000)
const ARTICLES = arg('--articles', 10_000)

const log = (line) => process.stderr.write(`${line}\n`)
const ms = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const ratio = (ours, base) =>
  Number.isFinite(ours) && Number.isFinite(base) && base > 0 ? `${(ours / base).toFixed(2)}×` : ''
const phase = (args) => runPhase(runner, args, { cwd: root })

async function main() {
  const loadBefore = load()
  log(`Building the benchmark runner (${runner})…`)
  await bundle(root, 'tests/bench/comments-bench-run.ts', runner)
  const work = await mkdtemp(join(tmpdir(), 'midad-comments-bench-'))
  try {
    const dataDir = join(work, 'data')
    log(
      `Generating ${COUNT.toLocaleString('en-US')} comments over ${ARTICLES.toLocaleString('en-US')} articles…`,
    )
    const generated = await phase(['generate', dataDir, String(COUNT), String(ARTICLES)])
    if (generated.error) throw new Error(`generate: ${generated.error}`)
    log(
      `  ${(generated.bytes / 2 ** 20).toFixed(0)} MB in 64 shards, ${JSON.stringify(generated.counts)}`,
    )
    flushDisks()
    log('Measuring (fresh process)…')
    const r = await phase(['measure', dataDir])
    if (r.error) throw new Error(`measure: ${r.error}`)
    const rows = [
      [
        'store load (cold: 64 shards read, validated, indexed)',
        ms(r.loadMs),
        ms(r.parseMs),
        ratio(r.loadMs, r.parseMs),
        'readFile + JSON.parse of the shards, unchecked',
      ],
      [
        'open Pending: first page (store loaded)',
        ms(r.openPendingMs, 2),
        ms(r.naiveListMs, 2),
        ratio(r.openPendingMs, r.naiveListMs),
        'filter + sort every comment in memory',
      ],
      [
        'open Pending: first page, from a cold start',
        ms(r.coldFirstPageMs),
        ms(r.parseMs),
        ratio(r.coldFirstPageMs, r.parseMs),
        'readFile + JSON.parse of the shards',
      ],
      [
        `approve one + next page (p50 of 30; p95 ${ms(r.actionNextP95, 2)})`,
        ms(r.actionNextP50, 2),
        ms(r.naiveListMs, 2),
        ratio(r.actionNextP50, r.naiveListMs),
        'filter + sort every comment in memory',
      ],
      [
        `bulk approve 1,000 (p50 of 3; undo ${ms(r.bulkUndoMs)})`,
        ms(r.bulkP50),
        ms(r.stringifyMs),
        ratio(r.bulkP50, r.stringifyMs),
        'JSON.stringify of every comment (one-file store)',
      ],
      [
        'search, first (folds every comment once)',
        ms(r.coldSearchMs),
        ms(r.naiveSearchMs),
        ratio(r.coldSearchMs, r.naiveSearchMs),
        'matchesSearch over every comment',
      ],
      [
        `search (p50 of ${SEARCH_RUNS}; p95 ${ms(r.searchP95)})`,
        ms(r.searchP50),
        ms(r.naiveSearchMs),
        ratio(r.searchP50, r.naiveSearchMs),
        'matchesSearch over every comment',
      ],
    ]
    log('')
    for (const line of table(['measure', 'ms', 'baseline ms', 'ratio', 'baseline'], rows))
      console.log(line)
    console.log('')
    console.log(
      `${r.size.toLocaleString('en-US')} comments (${r.pending.toLocaleString('en-US')} pending), ${ARTICLES.toLocaleString('en-US')} articles; RSS ${ms(r.rssMb, 0)} MB, heap ${ms(r.heapMb, 0)} MB; ${cpus().length} CPUs, load ${loadBefore} → ${load()}`,
    )
    console.log(
      `comments: open_pending_ms=${Math.round(r.openPendingMs)} action_next_ms=${Math.round(r.actionNextP50)} bulk_1000_ms=${Math.round(r.bulkP50)} search_ms=${Math.round(r.searchP50)}`,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

const SEARCH_RUNS = 14

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
