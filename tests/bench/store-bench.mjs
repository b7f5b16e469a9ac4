// Midad's article store against a naive single-file lowdb store (every article in one db.json),
// on synthetic Arabic newsrooms of 1,000, 10,000 and 50,000 articles of about 800 words. For each
// size and store: cold open until the list's first page is ready, save p50/p95 of one article,
// title-search p95 and peak memory, each phase in a fresh `node --expose-gc` process. Prints a
// table, then one summary line. A benchmark, not a test: it exits 0 whatever the numbers, and 1
// only when something breaks.
// Run: npm run bench:store   (or node tests/bench/store-bench.mjs --sizes 1000,10000)
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, flushDisks, load, runPhase, table } from './bench-process.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const runner = join(root, 'dist', 'bench', 'store-bench-run.mjs')
const sizesArg = process.argv.indexOf('--sizes')
const SIZES =
  sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [1_000, 10_000, 50_000]

const log = (line) => process.stderr.write(`${line}\n`)

const buildRunner = () => bundle(root, 'tests/bench/store-bench-run.ts', runner)

const phase = (args) => runPhase(runner, args, { cwd: root })

const ms = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`
/** A failure in a cell: its first clause; the whole message is listed under the table. */
const fails = (reason) => `fails: ${String(reason).split(/[:(]/)[0]}`

function rowsFor(size, data, ours, baseline) {
  const row = (name, r, bytes) => {
    const broken = r.error ?? r.openError
    return [
      size.toLocaleString('en-US'),
      name,
      mb(bytes),
      r.openMs !== undefined ? ms(r.openMs, 1) : fails(broken),
      r.save ? ms(r.save.p50) : r.saveError ? fails(r.saveError) : 'not reached',
      r.save ? ms(r.save.p95) : '',
      r.save ? String(r.save.n) : '',
      r.search ? ms(r.search.p95) : '',
      r.memory ? `${r.memory.peakRssMb.toFixed(0)} MB` : '',
      r.memory ? `${r.memory.heapHeldMb.toFixed(0)} MB` : '',
    ]
  }
  return [row('midad', ours, data.oursBytes), row('single db.json', baseline, data.baselineBytes)]
}

async function main() {
  const started = Date.now()
  const loadBefore = load()
  log(`Building the benchmark runner (${runner})…`)
  await buildRunner()
  const work = await mkdtemp(join(tmpdir(), 'midad-store-bench-'))
  const results = []
  try {
    for (const size of SIZES) {
      const dir = join(work, String(size))
      await mkdir(dir, { recursive: true })
      const dataDir = join(dir, 'midad')
      const dbJson = join(dir, 'db.json')
      log(`\n${size} articles: generating in ${dir}`)
      const data = await phase(['generate', String(size), dataDir, dbJson])
      if (data.error) throw new Error(`generating ${size} articles: ${data.error}`)
      log(
        `  ${mb(data.oursBytes)} per-article files, ${mb(data.baselineBytes)} db.json, ${Math.round(data.words / size)} words per article`,
      )
      log(`${size} articles: Midad store`)
      flushDisks()
      const ours = await phase(['ours', String(size), dataDir])
      if (ours.error) log(`  Midad store failed: ${ours.error}`)
      log(`${size} articles: single-file baseline`)
      flushDisks()
      const baseline = await phase(['baseline', String(size), dbJson])
      if (baseline.error) log(`  baseline failed: ${baseline.error}`)
      results.push({ size, data, ours, baseline })
      await rm(dir, { recursive: true, force: true })
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }

  const header = [
    'articles',
    'store',
    'on disk',
    'cold open ms',
    'save p50 ms',
    'save p95 ms',
    'saves',
    'search p95 ms',
    'peak RSS',
    'heap held',
  ]
  const rows = results.flatMap((r) => rowsFor(r.size, r.data, r.ours, r.baseline))
  const detailHeader = [
    'articles',
    'open: backend + list ms',
    'process start to first page ms',
    'background scan s',
    'save p50/p95 during scan ms (n)',
    'compacting save ms',
    'disk fsync p50/p95 ms',
    'titles matched per query',
  ]
  const details = results.map(({ size, ours }) => [
    size.toLocaleString('en-US'),
    ours.openBackendMs !== undefined
      ? `${ms(ours.openBackendMs, 1)} + ${ms(ours.openListMs, 1)}`
      : '',
    ours.sinceProcessStartMs !== undefined ? ms(ours.sinceProcessStartMs, 1) : '',
    ours.scanMs !== undefined ? ms(ours.scanMs / 1000, 1) : '',
    ours.duringScan
      ? `${ms(ours.duringScan.p50)} / ${ms(ours.duringScan.p95)} (${ours.duringScan.n})`
      : 'none (scan over first)',
    ours.compactingSave ? ms(ours.compactingSave.p50) : '',
    ours.fsync ? `${ms(ours.fsync.p50)} / ${ms(ours.fsync.p95)}` : '',
    ours.search ? Object.values(ours.search.hits).join('/') : '',
  ])
  const failures = results.flatMap(({ size, ours, baseline }) =>
    [
      ['midad', ours],
      ['single db.json', baseline],
    ].flatMap(([name, r]) =>
      [r.error, r.openError, r.saveError]
        .filter(Boolean)
        .map((e) => `  ${size.toLocaleString('en-US')} ${name}: ${e}`),
    ),
  )
  const words = results.map((r) => Math.round(r.data.words / r.size)).join('/')
  const out = [
    '',
    `Store benchmark: ${cpus().length} CPUs, Node ${process.version}, ${words} words per article, load average ${loadBefore} at start and ${load()} at end.`,
    ...table(header, rows),
    ...(failures.length ? ['Failures:', ...failures] : []),
    '',
    'Midad store details:',
    ...table(detailHeader, details),
    '',
    'Every cell is a fresh `node --expose-gc` process; the data was just generated and flushed (sync), so the OS page cache is warm.',
    'Cold open: createBackend() + dispatch("articles.list") until the first 50 summaries are in hand, modules already loaded ("process start" adds Node start-up and module loading); baseline: db.read() + sort + first 50.',
    `Save: one dispatch("articles.save") with every editor field and one paragraph rewritten (~800 words), rotating over 20 articles. Midad: ${results[0]?.ours.save?.n ?? 200} saves after 5 warm-up saves, once the background scan createBackend starts has finished (the rest of a session); "during scan" is up to 100 saves right after opening, while it reads every article. Compacting save: the 1 save in 2,000 that also rewrites index.json.`,
    "Baseline save: find, replace, db.write() of the whole db.json (lowdb JSONFile: no fsync, Midad fsyncs three files); 1 warm-up, then the count shown. A db.json of ~35,000 such articles passes V8's 512 Mi-character string limit.",
    'Search: the article list titleSearch (titles folded once per list, as the sidebar does), 10 queries, 10 rounds (5 at 50,000). Peak RSS: maxRSS of the phase process. Heap held: used heap after a full GC at the end, store still open.',
    `Total ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
  ]
  process.stdout.write(`${out.join('\n')}\n`)

  const at = (size) => results.find((r) => r.size === size)
  const oursSave = at(10_000)?.ours.save?.p95
  const baseSave = at(10_000)?.baseline.save?.p95
  const open10k = at(10_000)?.ours.openMs
  const growth = (at(50_000)?.ours.openMs ?? Number.NaN) / (at(1_000)?.ours.openMs ?? Number.NaN)
  process.stdout.write(
    `store: save_p95_10k=${ms(oursSave)} baseline_save_p95_10k=${ms(baseSave)} ratio=${ms(baseSave / oursSave, 1)} open_10k=${ms(open10k)} open_growth_1k_to_50k=${ms(growth, 1)}\n`,
  )
  const broken = results.some((r) => r.ours.error)
  if (broken) process.exitCode = 1
}

await main()
