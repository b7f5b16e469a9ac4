import type { HandlerMap } from '../../shared/api/define'
import type { exportContract } from '../../shared/export/export-contract'
import type { ArticleStore } from '../articles/article-store'
import type { SettingsStore } from '../settings/settings-store'
import type { DataLayout } from '../store/data-layout'
import { exportArticle } from './export-article'

/**
 * The export domain's implementation of the contract. Arguments arrive validated. Rendering runs
 * here, in the backend, from the stored article (the renderer saves pending edits first).
 */
export function exportHandlers(deps: {
  layout: DataLayout
  articles: ArticleStore
  settings: SettingsStore
}): HandlerMap<typeof exportContract> {
  return {
    'export.article': async ({ id }) =>
      exportArticle(await deps.articles.get(id), {
        mediaDir: deps.layout.mediaDir,
        digits: deps.settings.get().digits,
      }),
  }
}
