import { ArticleStore, type ArticleStoreOptions } from '../articles/article-store'
import { articlesHandlers } from '../articles/articles-handlers'
import { settingsHandlers } from '../settings/settings-handlers'
import { SettingsStore } from '../settings/settings-store'
import { openDataDir } from '../store/open-data-dir'
import type { Backend } from './dispatch'

export interface BackendOptions extends ArticleStoreOptions {
  dataDir: string
  /** The sample newsroom a new data directory starts with. */
  sampleDir?: string | undefined
}

/** Opens a data directory and returns every domain's handlers merged into one backend. */
export async function createBackend(
  options: BackendOptions,
): Promise<{ backend: Backend; articles: ArticleStore }> {
  const layout = await openDataDir(options.dataDir, { sampleDir: options.sampleDir })
  const articles = await ArticleStore.open(layout, options)
  const settings = await SettingsStore.open(layout)
  return { backend: { ...articlesHandlers(articles), ...settingsHandlers(settings) }, articles }
}
