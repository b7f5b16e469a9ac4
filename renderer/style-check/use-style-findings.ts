import { type MutableRefObject, useCallback, useEffect, useRef, useState } from 'react'
import { defaultHouseStyle, type HouseStyle, houseStyleOf } from '../../shared/style/house-style'
import { send } from '../api/send'
import type { EditorHandle } from '../editor/editor-handle'
import { onHouseStyleChanged } from '../house-style/house-style-events'
import type { EditSignal } from '../publish/edit-signal'
import { checkArticle, type ShownFinding } from './check-article'

/** The panel waits for this pause in typing before it checks again, so typing never waits on it. */
export const STYLE_CHECK_DELAY_MS = 300

export interface StyleFindings {
  /** Every finding, ignored ones included; null before the first check. */
  findings: ShownFinding[] | null
  /** Why the house style could not be read (the default is used then). */
  styleError: string | null
  /** Checks now and returns the fresh findings (null while the style or editor is not ready). */
  checkNow: () => ShownFinding[] | null
  /** Checks once the current event is handled: after a fix to the title, whose state settles then. */
  checkSoon: () => void
}

/**
 * The findings of the article in the editor, kept current: checked when the panel opens, a pause
 * after each edit, and at once when the house style is saved (from the House style screen, told
 * by `onHouseStyleChanged`). The style is read once per opening.
 */
export function useStyleFindings(
  handleRef: MutableRefObject<EditorHandle | null>,
  edits: EditSignal,
): StyleFindings {
  const [style, setStyle] = useState<HouseStyle | null>(null)
  const [styleError, setStyleError] = useState<string | null>(null)
  const [findings, setFindings] = useState<ShownFinding[] | null>(null)
  const styleRef = useRef(style)
  styleRef.current = style

  useEffect(() => {
    let live = true
    send('settings.get', {}).then(
      (settings) => live && setStyle(houseStyleOf(settings)),
      (error: unknown) => {
        if (!live) return
        setStyleError((error as Error).message)
        setStyle(defaultHouseStyle)
      },
    )
    const stop = onHouseStyleChanged((settings) => {
      setStyleError(null)
      setStyle(houseStyleOf(settings))
    })
    return () => {
      live = false
      stop()
    }
  }, [])

  const checkNow = useCallback((): ShownFinding[] | null => {
    const handle = handleRef.current
    const current = styleRef.current
    if (!handle || !current) return null
    const result = checkArticle(handle, current)
    setFindings(result)
    return result
  }, [handleRef])

  const soon = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const checkSoon = useCallback(() => {
    clearTimeout(soon.current)
    soon.current = setTimeout(checkNow, 0)
  }, [checkNow])

  useEffect(() => {
    if (!style) return
    checkNow()
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = edits.subscribe(() => {
      clearTimeout(timer)
      timer = setTimeout(checkNow, STYLE_CHECK_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      clearTimeout(soon.current)
      stop()
    }
  }, [style, edits, checkNow])

  return { findings, styleError, checkNow, checkSoon }
}
