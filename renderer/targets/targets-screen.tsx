import { type ReactNode, useCallback, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { OpenTargetsContext, TargetsVersionContext, useOpenTargets } from './open-targets'
import { TargetsDialog } from './targets-dialog'

/**
 * Holds the Targets screen for everything below it: any part of the UI can open it through
 * {@link useOpenTargets} (the header button, the publish panel's "a target is configured" check).
 * Focus goes back to whatever opened it when it closes, if that is still on the page, and the
 * targets' version is bumped so their lists load again.
 */
export function TargetsScreen({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const [version, setVersion] = useState(0)
  const opener = useRef<HTMLElement | null>(null)

  const show = useCallback(() => {
    const active = document.activeElement
    opener.current = active instanceof HTMLElement ? active : null
    setOpen(true)
  }, [])

  return (
    <OpenTargetsContext.Provider value={show}>
      <TargetsVersionContext.Provider value={version}>
        {children}
        {open && (
          <TargetsDialog
            onClosed={() => {
              setOpen(false)
              setVersion((v) => v + 1)
              if (opener.current?.isConnected) opener.current.focus()
            }}
          />
        )}
      </TargetsVersionContext.Provider>
    </OpenTargetsContext.Provider>
  )
}

/** The header's "Targets" button. It stays enabled when read-only: the screen then only shows. */
export function TargetsButton() {
  const { t } = useI18n()
  const open = useOpenTargets()
  return (
    <button
      className="button"
      type="button"
      title={t('targetsHint')}
      aria-haspopup="dialog"
      onClick={open}
    >
      {t('targets')}
    </button>
  )
}
