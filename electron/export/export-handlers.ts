import type { HandlerMap } from '../../shared/api/define'
import type { exportContract } from '../../shared/export/export-contract'
import type { ArticleStore } from '../articles/article-store'
import type { SettingsStore } from '../settings/settings-store'
import type { DataLayout } from '../store/data-layout'

/** The export domain's implementation of the contract. Arguments arrive validated. */
export function exportHandlers(_deps: {
  layout: DataLayout
  articles: ArticleStore
  settings: SettingsStore
}): HandlerMap<typeof exportContract> {
  return {}
}
