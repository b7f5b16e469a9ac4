import { type RefObject, useCallback, useEffect, useRef } from 'react'
import type { Finding } from '../../shared/style/finding'

/** How long after a Fix or Ignore the panel may still move the focus (never while one types). */
const FOCUS_WINDOW_MS = 2000

/**
 * Keeps the keyboard in the panel when a Fix or Ignore removes the finding whose button had the
 * focus: once the finding has left the list, the finding now at its place (else the panel's
 * heading) takes the focus, instead of the page's body. Returns the function that marks the
 * finding acted on.
 */
export function useFindingFocus(
  panelRef: RefObject<HTMLElement | null>,
  visible: readonly Finding[],
): (finding: Finding) => void {
  const pending = useRef<{ id: string; index: number; at: number } | null>(null)

  useEffect(() => {
    const want = pending.current
    if (!want) return
    if (Date.now() - want.at > FOCUS_WINDOW_MS) {
      pending.current = null
      return
    }
    if (visible.some((f) => f.id === want.id)) return
    pending.current = null
    const panel = panelRef.current
    const excerpts = panel?.querySelectorAll<HTMLElement>('.style-group .style-excerpt')
    const next = excerpts?.length ? excerpts[Math.min(want.index, excerpts.length - 1)] : null
    ;(next ?? panel?.querySelector<HTMLElement>('h2'))?.focus()
  }, [visible, panelRef])

  return useCallback(
    (finding: Finding) => {
      const index = Math.max(
        0,
        visible.findIndex((f) => f.id === finding.id),
      )
      pending.current = { id: finding.id, index, at: Date.now() }
    },
    [visible],
  )
}
