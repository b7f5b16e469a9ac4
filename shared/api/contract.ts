import type { z } from 'zod'
import { articlesContract } from '../articles/articles-contract'
import { commentsContract } from '../comments/comments-contract'
import { exportContract } from '../export/export-contract'
import { siteContract } from '../export/site-contract'
import { importContract } from '../import/import-contract'
import { mediaContract } from '../media/media-contract'
import { publishContract } from '../publish/publish-contract'
import { recentContract } from '../recent/recent-contract'
import { settingsContract } from '../settings/settings-contract'
import { spellingContract } from '../spelling/spelling-contract'
import { storeContract } from '../store/store-contract'

/**
 * The whole API: every domain's methods merged into one table. Electron IPC, the loopback HTTP
 * server, the preload bridge and the renderer's `send` are all derived from this object.
 */
export const contract = {
  ...articlesContract,
  ...settingsContract,
  ...storeContract,
  ...mediaContract,
  ...exportContract,
  ...siteContract,
  ...publishContract,
  ...commentsContract,
  ...importContract,
  ...recentContract,
  ...spellingContract,
} as const

export type ApiContract = typeof contract
export type MethodName = keyof ApiContract
/** What a caller passes (before defaults are applied). */
export type ArgsOf<M extends MethodName> = z.input<ApiContract[M]['args']>
/** What a caller gets back. */
export type ResultOf<M extends MethodName> = z.output<ApiContract[M]['result']>

/** Method names as a list, e.g. for the preload bridge, which exposes exactly these. */
export const methodNames = Object.keys(contract) as MethodName[]

/** True when `name` is one of the contract's methods (used on untrusted input from the wire). */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name)
}
