// One phase of the site export benchmark, run by tests/bench/export-bench.mjs in a fresh process
// each:
//   generate <count> <dataDir>                    writes the synthetic newsroom (store-bench-data)
//   export <count> <dataDir> <siteDir> <floorDir>  opens the store as the app does, then: a full
//                                                   export, the plain-fs floor, no-change
//                                                   re-exports, and a re-export after one save
// Results are JSON objects, one a line on stdout (so a phase that dies still reports what it
// measured); progress goes to stderr.
import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createBackend } from '../../electron/api/create-backend'
import { type Backend, dispatch } from '../../electron/api/dispatch'
import { exportSite, type SiteExportOptions } from '../../electron/export/site/export-site'
import { MANIFEST_FILE } from '../../electron/export/site/site-manifest'
import { dataLayout } from '../../electron/store/data-layout'
import { eachLimited } from '../../electron/store/file-tasks'
import type { Article, ArticleSummary } from '../../shared/articles/article-schema'
import type { SiteExportResult, SitePhase } from '../../shared/export/site-contract'
import type { Settings } from '../../shared/settings/settings-schema'
import { emit, log, message } from './bench-output'
import { timeBackgroundScan } from './scan-timer'
import { editParagraph, generate, prng, type SyntheticOptions } from './store-bench-data'

/** The newsroom the site is made from: ~200 tags and every kind of slug (see SyntheticOptions). */
export const SITE_NEWSROOM: SyntheticOptions = { tagPool: 200, mixedSlugs: true }
/** Articles read and written at once by the floor, as the export does (its CONCURRENCY). */
const FLOOR_CONCURRENCY = 4
/** No-change re-exports; the median is the figure (the machine is noisy). */
const NOOP_RUNS = 3
const SAMPLE_MS = 50

const mb = (bytes: number): number => bytes / 2 ** 20
/** Peak resident memory of this process so far (maxRSS is in KiB). */
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024

/** Flushes dirty pages, so one measurement's write-back does not land on the next one. */
const flushDisks = (): void => {
  spawnSync('sync', { stdio: 'ignore' })
}

/** The used heap sampled every {@link SAMPLE_MS} while `task` runs: its highest value. */
async function sampled<T>(task: () => Promise<T>): Promise<{ value: T; heapPeakMb: number }> {
  let peak = process.memoryUsage().heapUsed
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  }
  const timer = setInterval(sample, SAMPLE_MS)
  try {
    const value = await task()
    sample()
    return { value, heapPeakMb: mb(peak) }
  } finally {
    clearInterval(timer)
  }
}

async function call<T>(backend: Backend, name: string, args: unknown): Promise<T> {
  const envelope = await dispatch(backend, name, args)
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.value as T
}

/** Every file under `dir`, as a path relative to it, with its size. */
async function filesOf(dir: string): Promise<{ path: string; size: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name)
        return { path: relative(dir, full).split(sep).join('/'), size: (await stat(full)).size }
      }),
  )
}

/**
 * The I/O floor of a full export with plain fs, no rendering: read every article file, then
 * write as many files, of the same sizes and at the same paths, as the export left in the site,
 * {@link FLOOR_CONCURRENCY} at a time.
 */
async function ioFloor(
  articleFiles: readonly string[],
  site: readonly { path: string; size: number }[],
  floorDir: string,
) {
  const largest = Math.max(0, ...site.map((f) => f.size))
  const filler = Buffer.alloc(largest, 'م')
  const start = performance.now()
  let readBytes = 0
  await eachLimited(articleFiles, FLOOR_CONCURRENCY, async (file) => {
    const data = await readFile(file)
    readBytes += data.length
  })
  const read = performance.now()
  const folders = [...new Set(site.map((f) => dirname(join(floorDir, f.path))))]
  for (const folder of folders) await mkdir(folder, { recursive: true })
  await eachLimited(site, FLOOR_CONCURRENCY, async (file) => {
    await writeFile(join(floorDir, file.path), filler.subarray(0, file.size), { mode: 0o644 })
  })
  const end = performance.now()
  return { ms: end - start, readMs: read - start, writeMs: end - read, readBytes }
}

/** A timed export, with the time each phase started (from its onProgress reports). */
async function timedExport(options: SiteExportOptions) {
  const phases: Partial<Record<SitePhase, number>> = {}
  // The monotonic clock a CPU profile's timestamps use, so a profile can be cut to this run.
  const clock = () => Number(process.hrtime.bigint() / 1000n)
  const from = clock()
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  const result: SiteExportResult = await exportSite({
    ...options,
    onProgress: ({ phase }) => {
      phases[phase] ??= performance.now() - start
    },
  })
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  // CPU time of the whole process (main thread, libuv's file threads, GC threads) during the run.
  const cpuMs = { user: cpu.user / 1000, system: cpu.system / 1000 }
  return { ms, phases, result, cpuMs, clockUs: [from, clock()] }
}

async function runExport(
  count: number,
  dataDir: string,
  siteDir: string,
  floorDir: string,
): Promise<void> {
  // createBackend starts a background scan that reads every article: the export is measured
  // once it is over (the rest of a session), so the two do not share the disk and the CPU.
  const scanEnded = timeBackgroundScan()
  const openStart = performance.now()
  const opened = await createBackend({ dataDir, app: 'export-bench', dailyBackup: false })
  const openMs = performance.now() - openStart
  try {
    const scanMs = await scanEnded()
    const layout = dataLayout(dataDir)
    const settings = await call<Settings>(opened.backend, 'settings.update', {
      siteTitle: 'أخبار مداد',
      siteUrl: 'https://news.example/',
    })
    const list = opened.articles.list()
    if (list.length !== count) throw new Error(`listed ${list.length} articles, expected ${count}`)
    globalThis.gc?.()
    const used = process.memoryUsage()
    const before = { rssMb: mb(used.rss), heapMb: mb(used.heapUsed), peakRssMb: peakRssMb() }
    emit({ openMs, scanMs, before })
    log(`export: store open ${openMs.toFixed(0)} ms, scan ${(scanMs / 1000).toFixed(1)} s`)

    const options: SiteExportOptions = {
      articles: opened.articles,
      dataDir: layout.root,
      mediaDir: layout.mediaDir,
      outDir: siteDir,
      selection: 'all',
      settings,
    }

    // The first export into an empty folder: every page rendered and written.
    flushDisks()
    const full = await sampled(() => timedExport(options))
    const { result } = full.value
    if (result.articles !== count || result.rendered !== count)
      throw new Error(
        `the full export has ${result.articles} articles and rendered ${result.rendered}, expected ${count}`,
      )
    if (result.upToDate) throw new Error('the first export into an empty folder was upToDate')
    const site = await filesOf(siteDir)
    emit({
      full: {
        ms: full.value.ms,
        phases: full.value.phases,
        cpuMs: full.value.cpuMs,
        clockUs: full.value.clockUs,
        result,
        heapPeakMb: full.heapPeakMb,
        peakRssMb: peakRssMb(),
        files: site.length,
        bytes: site.reduce((n, f) => n + f.size, 0),
        articlePages: site.filter((f) => f.path.startsWith('articles/')).length,
        tagPages: site.filter((f) => f.path.startsWith('tags/')).length,
        manifestBytes: site.find((f) => f.path === MANIFEST_FILE)?.size ?? 0,
      },
    })
    log(
      `export: full ${(full.value.ms / 1000).toFixed(2)} s, ${site.length} files, peak RSS ${peakRssMb().toFixed(0)} MB`,
    )

    // The floor: the same reads and writes with plain fs.
    flushDisks()
    const floor = await ioFloor(
      list.map((a) => layout.article(a.id)),
      site,
      floorDir,
    )
    emit({ floor })
    log(`export: plain-fs floor ${(floor.ms / 1000).toFixed(2)} s`)
    await rm(floorDir, { recursive: true, force: true })

    // Nothing changed: the export must find it so and write nothing.
    flushDisks()
    const noops: number[] = []
    const noopClocks: number[][] = []
    let noopHeapPeakMb = 0
    let noopPhases: Partial<Record<SitePhase, number>> = {}
    let noopCpuMs = { user: 0, system: 0 }
    for (let i = 0; i < NOOP_RUNS; i++) {
      const noop = await sampled(() => timedExport(options))
      const r = noop.value.result
      if (!r.upToDate || r.written !== 0 || r.rendered !== 0)
        throw new Error(
          `a re-export with no change was not a no-op: upToDate ${r.upToDate}, rendered ${r.rendered}, written ${r.written}, removed ${r.removed}`,
        )
      noops.push(noop.value.ms)
      noopClocks.push(noop.value.clockUs)
      noopHeapPeakMb = Math.max(noopHeapPeakMb, noop.heapPeakMb)
      if (i === 0) {
        noopPhases = noop.value.phases
        noopCpuMs = noop.value.cpuMs
      }
    }
    const median = [...noops].sort((a, b) => a - b)[Math.floor(noops.length / 2)] as number
    emit({
      noop: {
        ms: median,
        runs: noops,
        phases: noopPhases,
        cpuMs: noopCpuMs,
        heapPeakMb: noopHeapPeakMb,
        clockUs: noopClocks,
        peakRssMb: peakRssMb(),
      },
    })
    log(`export: no-change re-export ${noops.map((t) => `${t.toFixed(0)} ms`).join(', ')}`)

    // One article saved (its revision bumps): one page rendered again, the rest carried over.
    const target = list[Math.floor(list.length / 2)] as ArticleSummary
    const article = await call<Article>(opened.backend, 'articles.get', { id: target.id })
    const saved = await call<Article>(opened.backend, 'articles.save', {
      id: article.id,
      baseRevision: article.revision,
      changes: { body: editParagraph(article, prng(20_260_101)) },
    })
    if (saved.revision !== article.revision + 1)
      throw new Error(
        `the save did not bump the revision (${article.revision} → ${saved.revision})`,
      )
    flushDisks()
    const one = await sampled(() => timedExport(options))
    const r = one.value.result
    if (r.rendered !== 1 || r.upToDate)
      throw new Error(
        `a re-export after one save rendered ${r.rendered} pages (upToDate ${r.upToDate}), expected 1`,
      )
    emit({
      oneChange: {
        ms: one.value.ms,
        phases: one.value.phases,
        cpuMs: one.value.cpuMs,
        clockUs: one.value.clockUs,
        result: r,
        heapPeakMb: one.heapPeakMb,
      },
    })
    log(
      `export: re-export after one save ${one.value.ms.toFixed(0)} ms, rendered ${r.rendered}, wrote ${r.written}`,
    )
    emit({ memory: { peakRssMb: peakRssMb() } })
  } finally {
    await opened.close()
  }
}

async function runGenerate(count: number, dataDir: string): Promise<void> {
  const start = performance.now()
  let shown = 0
  const result = await generate(
    count,
    dataDir,
    null,
    (done) => {
      if (done - shown >= 5000 || done === count) {
        shown = done
        log(`generate: ${done}/${count} articles`)
      }
    },
    SITE_NEWSROOM,
  )
  emit({ ...result, generateMs: performance.now() - start })
}

const [mode, countArg, dataArg, siteArg, floorArg] = process.argv.slice(2)
const count = Number(countArg)
try {
  if (mode === 'generate' && dataArg) await runGenerate(count, dataArg)
  else if (mode === 'export' && dataArg && siteArg && floorArg)
    await runExport(count, dataArg, siteArg, floorArg)
  else
    throw new Error('usage: export-bench-run generate|export <count> <dataDir> [siteDir floorDir]')
} catch (error) {
  emit({ error: message(error) })
  process.exitCode = 1
}
