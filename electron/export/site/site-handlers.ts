import { homedir } from 'node:os'
import { join } from 'node:path'
import type { HandlerMap } from '../../../shared/api/define'
import type { siteContract } from '../../../shared/export/site-contract'
import type { SettingsStore } from '../../settings/settings-store'
import type { DataLayout } from '../../store/data-layout'
import { exportSite, type SiteSource } from './export-site'
import { SiteJobs } from './site-jobs'
import { checkSiteFolder } from './site-target'

/** The folder suggested before the first site export. */
export const defaultSiteDir = () => join(homedir(), 'Midad site')

/**
 * The site export domain's implementation of the contract: jobs over {@link exportSite}, with
 * the house settings read when each job starts. The folder of the last export is remembered
 * (when this process may write the settings).
 */
export function siteHandlers(deps: {
  layout: DataLayout
  articles: SiteSource
  settings: SettingsStore
  readOnly: boolean
}): { handlers: HandlerMap<typeof siteContract>; jobs: SiteJobs } {
  const jobs = new SiteJobs(
    (request, signal, onProgress) =>
      exportSite({
        articles: deps.articles,
        dataDir: deps.layout.root,
        mediaDir: deps.layout.mediaDir,
        outDir: request.outDir,
        selection: request.selection,
        settings: deps.settings.get(),
        signal,
        onProgress,
      }),
    async (outDir) => {
      // The folder's rules only: the export itself reads the last manifest, once.
      const target = await checkSiteFolder(outDir, deps.layout.root)
      if (!deps.readOnly && deps.settings.get().siteDir !== target.outDir)
        await deps.settings.update({ siteDir: target.outDir })
    },
  )
  const handlers: HandlerMap<typeof siteContract> = {
    'export.siteStart': ({ outDir, articles }) => jobs.start({ outDir, selection: articles }),
    'export.siteJob': async ({ jobId }) => jobs.get(jobId),
    'export.siteCancel': async ({ jobId }) => jobs.cancel(jobId),
    'export.siteDefaults': async () => ({
      outDir: deps.settings.get().siteDir || defaultSiteDir(),
    }),
  }
  return { handlers, jobs }
}
