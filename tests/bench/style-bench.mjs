// The house-style checker (what the Style check panel runs after each pause in typing, and
// `midad lint`) and the clean-up of scraped copy (what every import and paste runs), on Arabic
// articles of 500, 2,000 and 10,000 words with typical slips. Each figure is the median of 15
// runs, given as a ratio against a baseline measured in the same process: one normalising pass
// over the article's text (for the checker) and a structured copy of the document (for the
// clean-up). A benchmark, not a test: it exits 0 whatever the numbers, and 1 only when something
// breaks.
// Run: npm run bench:style
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, load, runPhase, table } from './bench-process.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const runner = join(root, 'dist', 'bench', 'style-bench-run.mjs')
const log = (line) => process.stderr.write(`${line}\n`)
const ms = (value) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a')
const ratio = (ours, base) => (base > 0 ? `${(ours / base).toFixed(1)}×` : 'n/a')

try {
  const loadBefore = load()
  await bundle(root, 'tests/bench/style-bench-run.ts', runner)
  const run = await runPhase(runner, [], { cwd: root })
  if (run.error) throw new Error(run.error)
  const rows = run.results.map((r) => [
    r.words.toLocaleString('en-US'),
    String(r.findings),
    ms(r.baseline),
    ms(r.check),
    ratio(r.check, r.baseline),
    String(r.removed),
    ms(r.copy),
    ms(r.clean),
    ratio(r.clean, r.copy),
  ])
  const header = [
    'words',
    'findings',
    'baseline: normalise text ms',
    'checkStyle ms',
    'check / baseline',
    'blocks removed',
    'baseline: structuredClone ms',
    'cleanDoc ms',
    'clean / baseline',
  ]
  log(
    [
      '',
      `Style check and clean-up benchmark: ${cpus().length} CPUs, Node ${process.version}, medians of ${run.runs} runs, load average ${loadBefore} at start and ${load()} at end.`,
      ...table(header, rows),
      '',
      'checkStyle runs every rule on the title and the body with the default house style. cleanDoc runs on the article wrapped in a scraped WordPress page (breadcrumbs, the headline repeated, share row, "اقرأ أيضاً", the comment form, theme buttons).',
    ].join('\n'),
  )
  const largest = run.results.at(-1)
  process.stdout.write(
    `style: check_10k_ms=${ms(largest.check)} check_ratio=${(largest.check / largest.baseline).toFixed(1)} clean_10k_ms=${ms(largest.clean)} clean_ratio=${(largest.clean / largest.copy).toFixed(1)}\n`,
  )
} catch (error) {
  log(`style benchmark failed: ${error instanceof Error ? error.stack : error}`)
  process.exitCode = 1
}
