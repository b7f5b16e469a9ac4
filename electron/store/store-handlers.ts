import type { HandlerMap } from '../../shared/api/define'
import type { StoreStatus, storeContract } from '../../shared/store/store-contract'

/** The store domain's implementation; the status is read fresh on every call. */
export function storeHandlers(status: () => StoreStatus): HandlerMap<typeof storeContract> {
  return { 'store.status': async () => status() }
}
