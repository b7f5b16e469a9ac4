import { type RefObject, useEffect, useRef } from 'react'

/**
 * Opens a native `<dialog>` as a modal when it mounts (focus kept inside, the page inert, Escape
 * closes it) and gives the focus back to what had it when it closes, if that is still there.
 */
export function useModal(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const opener = document.activeElement
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])
  return dialog
}
