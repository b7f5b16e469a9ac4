import type { HandlerMap } from '../../shared/api/define'
import type { recentContract } from '../../shared/recent/recent-contract'
import type { RecentStore } from './recent-store'

/** The recent-articles domain's implementation of the contract (File › Open Recent). */
export function recentHandlers(recent: RecentStore): HandlerMap<typeof recentContract> {
  return {
    'recent.list': () => recent.list(),
    'recent.opened': ({ id }) => recent.opened(id),
    'recent.clear': () => recent.clear(),
  }
}
