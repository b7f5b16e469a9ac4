import { createContext, useContext } from 'react'
import type { StoreStatus } from '../../shared/store/store-contract'
import { useI18n } from '../i18n/i18n'

const ReadOnlyContext = createContext(false)

/** True when another Midad process holds the data directory and this window may only read. */
export const useReadOnly = (): boolean => useContext(ReadOnlyContext)
export const ReadOnlyProvider = ReadOnlyContext.Provider

/** Says, once, why nothing can be edited here and who holds the data directory. */
export function ReadOnlyBanner({ status }: { status: StoreStatus }) {
  const { t } = useI18n()
  if (!status.readOnly) return null
  return (
    <div className="banner read-only" role="status">
      {t('readOnlyNotice', { app: status.holder?.app ?? '?', pid: status.holder?.pid ?? '?' })}
    </div>
  )
}
