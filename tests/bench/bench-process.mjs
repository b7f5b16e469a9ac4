// What the benchmarks' orchestrators share: running one measured phase in a fresh process,
// flushing the disks between phases, and saying how busy the machine was.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'

/** A phase that takes longer than this has hung; it is killed and reported. */
const PHASE_TIMEOUT_MS = 15 * 60_000

/** Flushes dirty pages (freshly generated data), so they are not written back during a phase. */
export function flushDisks() {
  spawnSync('sync', { stdio: 'ignore' })
}

/** Load average and, where Linux reports it, how much of the last minute tasks waited for a CPU. */
export function load() {
  const average = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
  let pressure = ''
  try {
    const some = readFileSync('/proc/pressure/cpu', 'utf8').match(/^some .*avg60=([\d.]+)/m)
    if (some) pressure = ` (CPU pressure ${some[1]}%)`
  } catch {}
  return average + pressure
}

/**
 * Runs `runner` with `args` in a fresh `node --expose-gc` process (in `cwd`) and merges the JSON
 * lines it printed, even if it died: then `error` says how, with its last lines of stderr.
 */
export function runPhase(runner, args, { cwd, nodeArgs = [] }) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--enable-source-maps', ...nodeArgs, runner, ...args],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const result = {}
    let out = ''
    let tail = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      out += chunk
      const lines = out.split('\n')
      out = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) Object.assign(result, JSON.parse(line))
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk)
      tail = (tail + chunk).slice(-2000)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), PHASE_TIMEOUT_MS)
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      if ((code !== 0 || signal) && !result.error) {
        const last = tail.trim().split('\n').filter(Boolean).slice(-3).join(' | ')
        result.error = `process ${signal ? `killed (${signal})` : `exited ${code}`}: ${last}`
      }
      resolve(result)
    })
  })
}

/** Rows as a Markdown table, each column as wide as its widest cell. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)]
}

/** Bundles a benchmark's TypeScript entry (and what it imports from the app) into `outfile`. */
export async function bundle(root, entry, outfile) {
  const { build } = await import('esbuild')
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  })
}
