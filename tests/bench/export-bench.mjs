// Midad's whole-site static export on synthetic Arabic newsrooms of 1,000 and 10,000 articles of
// about 800 words (store-bench-data's newsroom, with ~200 tags and Arabic, Latin, colliding and
// empty slugs), every article exported (selection "all"). For each size, in one fresh
// `node --expose-gc` process: the store opened as the app does, a full export into an empty
// folder (time, article pages per second, peak RSS, peak used heap), the same reads and writes
// with plain fs as a floor, no-change re-exports (which must be up to date) and a re-export after
// one save (which must render one page). Prints a table to stderr, then one summary line on
// stdout. A benchmark, not a test: it exits 0 whatever the numbers, and 1 only when something
// breaks.
// Run: npm run bench:export   (or node tests/bench/export-bench.mjs --sizes 1000,10000)
//      add --cpu-prof <dir> to write a CPU profile of each size's export process into <dir>.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, flushDisks, load, runPhase, table } from './bench-process.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const runner = join(root, 'dist', 'bench', 'export-bench-run.mjs')
const argument = (name) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const SIZES = (argument('--sizes') ?? '1000,10000').split(',').map(Number)
const PROFILE_DIR = argument('--cpu-prof') ? resolve(argument('--cpu-prof')) : null
/** The targets. */
const TARGET_FULL_10K_S = 10
const TARGET_NOOP_S = 1
/** "Memory that does not grow with the archive": 10× the articles, at most this much more RSS. */
const FLAT_MEMORY_RATIO = 1.25

const log = (line) => process.stderr.write(`${line}\n`)

/** The runner, and beside it the site export's rendering thread, as the app's bundles have it. */
async function buildRunner() {
  await bundle(root, 'tests/bench/export-bench-run.ts', runner)
  const worker = join(dirname(runner), 'site-render-worker.mjs')
  // --inline: without the worker script, pages are rendered on the main thread (for comparison).
  if (process.argv.includes('--inline')) return rm(worker, { force: true })
  await bundle(root, 'electron/export/site/render-worker.ts', worker)
}

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const seconds = (ms, digits = 2) => fixed(ms / 1000, digits)
const mbText = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : 'n/a')
const met = (ok) => (ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED')

/** How long each phase of an export took, from the times they started and the total. */
const phase = (args, nodeArgs = []) => runPhase(runner, args, { cwd: root, nodeArgs })

function phaseSplit(run) {
  if (!run?.phases) return ''
  const order = ['checking', 'articles', 'pages', 'finishing']
  const starts = order.filter((p) => run.phases[p] !== undefined).map((p) => [p, run.phases[p]])
  const split = starts
    .map(([name, at], i) => `${name} ${seconds((starts[i + 1]?.[1] ?? run.ms) - at)}`)
    .join(', ')
  const cpu = run.cpuMs
    ? `; process CPU ${seconds(run.cpuMs.user)} user + ${seconds(run.cpuMs.system)} sys`
    : ''
  return split + cpu
}

async function main() {
  const started = Date.now()
  const loadBefore = load()
  log(`Building the benchmark runner (${runner})…`)
  await buildRunner()
  if (PROFILE_DIR) await mkdir(PROFILE_DIR, { recursive: true })
  const work = await mkdtemp(join(tmpdir(), 'midad-export-bench-'))
  const results = []
  try {
    for (const size of SIZES) {
      const dir = join(work, String(size))
      await mkdir(dir, { recursive: true })
      const dataDir = join(dir, 'midad')
      log(`\n${size} articles: generating in ${dir}`)
      const data = await phase(['generate', String(size), dataDir])
      if (data.error) throw new Error(`generating ${size} articles: ${data.error}`)
      log(`${size} articles: export`)
      flushDisks()
      const profile = PROFILE_DIR
        ? [
            '--cpu-prof',
            `--cpu-prof-dir=${PROFILE_DIR}`,
            `--cpu-prof-name=export-${size}.cpuprofile`,
          ]
        : []
      const run = await phase(
        ['export', String(size), dataDir, join(dir, 'site'), join(dir, 'floor')],
        profile,
      )
      if (run.error) log(`  export failed: ${run.error}`)
      if (PROFILE_DIR)
        await writeFile(join(PROFILE_DIR, `export-${size}.json`), JSON.stringify(run, null, 2))
      results.push({ size, data, run })
      await rm(dir, { recursive: true, force: true })
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }

  const at = (size) => results.find((r) => r.size === size)?.run
  const small = at(1_000)
  const large = at(10_000)
  const growth = large?.memory?.peakRssMb / small?.memory?.peakRssMb
  const heapGrowth = large?.full?.heapPeakMb / small?.full?.heapPeakMb

  const header = [
    'articles',
    'site files',
    'site size',
    'full export s',
    'article pages/s',
    'plain-fs floor s',
    'full / floor',
    'no-change s (median)',
    'one save s',
    'RSS before export',
    'peak RSS after full export',
    'peak RSS, process',
    'heap peak (50 ms)',
  ]
  const rows = results.map(({ size, run }) => [
    size.toLocaleString('en-US'),
    run.full ? String(run.full.files) : run.error ? 'fails' : '',
    run.full ? mbText(run.full.bytes / 2 ** 20) : '',
    run.full ? seconds(run.full.ms) : '',
    run.full ? fixed(run.full.result.articles / (run.full.ms / 1000), 0) : '',
    run.floor ? seconds(run.floor.ms) : '',
    run.full && run.floor ? `${fixed(run.full.ms / run.floor.ms, 1)}×` : '',
    run.noop ? seconds(run.noop.ms, 3) : '',
    run.oneChange ? seconds(run.oneChange.ms, 3) : '',
    mbText(run.before?.rssMb),
    run.full ? mbText(run.full.peakRssMb) : '',
    mbText(run.memory?.peakRssMb),
    run.full ? mbText(run.full.heapPeakMb) : '',
  ])
  const detailHeader = ['articles', 'run', 'time split s', 'outcome']
  const outcome = (r) =>
    r
      ? `${r.articles} articles, rendered ${r.rendered}, written ${r.written}, unchanged ${r.unchanged}, removed ${r.removed}, upToDate ${r.upToDate}`
      : ''
  const details = results.flatMap(({ size, run }) => {
    const n = size.toLocaleString('en-US')
    return [
      [
        n,
        'store open + scan',
        run.openMs !== undefined ? `${seconds(run.openMs)} + ${seconds(run.scanMs)}` : '',
        run.before
          ? `after a full GC: RSS ${mbText(run.before.rssMb)}, heap ${mbText(run.before.heapMb)}; peak RSS so far ${mbText(run.before.peakRssMb)}`
          : '',
      ],
      [
        n,
        'full export',
        phaseSplit(run.full),
        run.full
          ? `${outcome(run.full.result)}; ${run.full.tagPages} tag pages, manifest ${fixed(run.full.manifestBytes / 2 ** 20, 1)} MB`
          : '',
      ],
      [
        n,
        'plain-fs floor',
        run.floor ? `read ${seconds(run.floor.readMs)}, write ${seconds(run.floor.writeMs)}` : '',
        run.floor
          ? `${mbText(run.floor.readBytes / 2 ** 20)} of article files read, ${run.full?.files} files (${mbText(run.full?.bytes / 2 ** 20)}) written`
          : '',
      ],
      [
        n,
        'no-change re-export',
        run.noop
          ? `${phaseSplit({ ...run.noop, ms: run.noop.runs[0] })} (first run); runs ${run.noop.runs.map((t) => seconds(t, 3)).join(', ')}`
          : '',
        run.noop
          ? `upToDate true, heap peak ${mbText(run.noop.heapPeakMb)}, process peak RSS after them ${mbText(run.noop.peakRssMb)}`
          : '',
      ],
      [n, 'one save, re-export', phaseSplit(run.oneChange), outcome(run.oneChange?.result)],
    ]
  })
  const targets = [
    [
      '10,000 articles exported in under 10 s',
      large?.full ? `${seconds(large.full.ms)} s` : 'n/a',
      met(large?.full ? large.full.ms / 1000 < TARGET_FULL_10K_S : undefined),
    ],
    [
      `memory flat with the archive (peak RSS 10k / 1k ≤ ${FLAT_MEMORY_RATIO})`,
      `${mbText(small?.memory?.peakRssMb)} → ${mbText(large?.memory?.peakRssMb)} = ${fixed(growth, 2)}× (heap peak ${mbText(small?.full?.heapPeakMb)} → ${mbText(large?.full?.heapPeakMb)} = ${fixed(heapGrowth, 2)}×)`,
      met(Number.isFinite(growth) ? growth <= FLAT_MEMORY_RATIO : undefined),
    ],
    [
      'no-change re-export of 10,000 under 1 s',
      large?.noop ? `${seconds(large.noop.ms, 3)} s` : 'n/a',
      met(large?.noop ? large.noop.ms / 1000 < TARGET_NOOP_S : undefined),
    ],
  ]
  const failures = results
    .filter((r) => r.run.error)
    .map((r) => `  ${r.size.toLocaleString('en-US')}: ${r.run.error}`)
  const words = results.map((r) => Math.round(r.data.words / r.size)).join('/')
  const out = [
    '',
    `Site export benchmark: ${cpus().length} CPUs, Node ${process.version}, ${words} words per article, selection "all", load average ${loadBefore} at start and ${load()} at end.`,
    ...table(header, rows),
    ...(failures.length ? ['Failures:', ...failures] : []),
    '',
    ...table(detailHeader, details),
    '',
    ...table(['target (issue 5)', 'measured', ''], targets),
    '',
    'Each size is one fresh `node --expose-gc` process: createBackend (dailyBackup off), its background scan awaited, then exportSite as the app runs it. The data was just generated and flushed (sync), so the page cache is warm; the disks are flushed again before each measured run.',
    'Full export: into an empty folder, site address set. Article pages/s: articles / full export time. Plain-fs floor: read every article file, then write as many files of the same sizes at the same paths, 4 at a time, no rendering.',
    `No-change re-export: ${large?.noop?.runs.length ?? 3} runs into the same folder, each must be upToDate; the median is the figure. One save: articles.save of one body (revision bumps), then a re-export that must render exactly 1 page.`,
    "Time split: from each phase's first progress report to the next (checking: target, manifest, paths; articles: read, render, write each page; pages: list pages, tags, feed, sitemap; finishing: manifest, carrying unchanged files over, the swap). Process CPU: user and system time of all threads during the run.",
    "RSS before export: after open, scan and a full GC. Peak RSS: maxRSS after the full export, and of the whole process (store, scan, every run; the summary line's peak_mb). Heap peak: heapUsed sampled every 50 ms during the full export.",
    `Total ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
  ]
  log(out.join('\n'))

  const pagesPerS = large?.full ? large.full.result.articles / (large.full.ms / 1000) : Number.NaN
  process.stdout.write(
    `export: site_10k_s=${seconds(large?.full?.ms ?? Number.NaN)} pages_per_s=${fixed(pagesPerS, 0)} peak_mb=${fixed(large?.memory?.peakRssMb ?? Number.NaN, 0)} incremental_noop_s=${seconds(large?.noop?.ms ?? Number.NaN, 3)}\n`,
  )
  if (results.some((r) => r.run.error)) process.exitCode = 1
}

try {
  await main()
} catch (error) {
  log(`export benchmark failed: ${error instanceof Error ? error.stack : error}`)
  process.exitCode = 1
}
