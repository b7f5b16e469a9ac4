import { useEffect, useState } from 'react'
import type { StoreStatus } from '../../shared/store/store-contract'
import { send } from '../api/send'

/** How often the store is asked about what its background work found (damaged files, backups). */
const POLL_MS = 5_000

/** The data directory's status, asked for again every few seconds. */
export function useStoreStatus(initial: StoreStatus): StoreStatus {
  const [status, setStatus] = useState(initial)
  useEffect(() => {
    const timer = setInterval(() => {
      send('store.status', {}).then(setStatus, () => undefined)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [])
  return status
}
