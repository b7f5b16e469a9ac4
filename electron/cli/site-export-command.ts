import { resolve } from 'node:path'
import type { SiteJob, SiteWarning } from '../../shared/export/site-contract'
import type { Backend } from '../api/dispatch'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { InputError, UsageError } from './cli-errors'

/** The export's warnings, in the CLI's words. */
const WARNINGS: Record<SiteWarning, string> = {
  no_site_address:
    'no site address is set, so feed.xml and sitemap.xml point at this folder. Give it with --site-url (it is remembered) before publishing the site.',
}

/** How often the command asks the job how far it is. */
const POLL_MS = 100

export interface SiteExportFlags {
  'data-dir'?: string
  out?: string
  status?: string
  'site-url'?: string
  'site-title'?: string
}

/** Prints progress: on a terminal one line rewritten in place, otherwise a line per tenth. */
function progressPrinter(io: CliIo) {
  let lastTenth = -1
  return (job: SiteJob) => {
    if (job.phase !== 'articles' || job.total === 0) return
    const line = `Exporting articles: ${job.done}/${job.total}`
    if (io.progress) io.progress(line)
    else {
      const tenth = Math.floor((job.done / job.total) * 10)
      if (tenth !== lastTenth) io.err(line)
      lastTenth = tenth
    }
  }
}

/** Waits for the job to end, printing progress and cancelling it on Ctrl+C. */
async function follow(backend: Backend, first: SiteJob, io: CliIo): Promise<SiteJob> {
  const print = progressPrinter(io)
  let cancelled = false
  const onInterrupt = () => {
    cancelled = true
    void call(backend, 'export.siteCancel', { jobId: first.jobId })
  }
  process.once('SIGINT', onInterrupt)
  try {
    let job = first
    while (job.state === 'running') {
      await new Promise((done) => setTimeout(done, POLL_MS))
      job = await call(backend, 'export.siteJob', { jobId: first.jobId })
      print(job)
    }
    io.progress?.('')
    if (cancelled && job.state !== 'cancelled')
      io.err('midad: too late to cancel; the export finished.')
    return job
  } finally {
    process.removeListener('SIGINT', onInterrupt)
  }
}

/**
 * `midad export --all --out DIR`: the whole newsroom (or, with `--status published`, its
 * published articles) as a static site in DIR, through the same job the app's "Export site…"
 * runs. `--site-url` and `--site-title` set the site's address and name first (remembered, as in
 * the app). Prints progress to stderr and a summary to stdout; Ctrl+C cancels, leaving DIR as it
 * was.
 */
export async function siteExportCommand(flags: SiteExportFlags, io: CliIo): Promise<void> {
  if (!flags.out) throw new UsageError('"export --all" needs --out DIR.')
  if (flags.status !== undefined && flags.status !== 'published' && flags.status !== 'all')
    throw new UsageError(`--status takes "published" or "all", not "${flags.status}".`)
  const outDir = resolve(flags.out)
  const job = await withBackend(flags['data-dir'], io, async (backend) => {
    const site = {
      ...(flags['site-url'] !== undefined ? { siteUrl: flags['site-url'] } : {}),
      ...(flags['site-title'] !== undefined ? { siteTitle: flags['site-title'] } : {}),
    }
    if (Object.keys(site).length) await call(backend, 'settings.update', site)
    const started = await call(backend, 'export.siteStart', {
      outDir,
      articles: flags.status === 'published' ? 'published' : 'all',
    })
    return follow(backend, started, io)
  })
  if (job.state === 'cancelled')
    throw new InputError(`Export cancelled; ${outDir} was left as it was.`)
  if (job.state !== 'done' || !job.result) throw new InputError(job.error ?? 'The export failed.')
  const r = job.result
  for (const warning of r.warnings) io.err(`midad: warning: ${WARNINGS[warning]}`)
  io.out(
    r.upToDate
      ? `${r.outDir}: up to date (${r.articles} articles); nothing was written.`
      : `${r.outDir}: ${r.articles} articles (${r.rendered} rendered); ${r.written} files written, ${r.unchanged} unchanged, ${r.removed} removed.`,
  )
}
