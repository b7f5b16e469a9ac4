import { useEffect, useState } from 'react'
import type { Target } from '../../shared/publish/target-schema'
import { send } from '../api/send'

/** How often the list is asked for again while there is no target yet (one may be added). */
const EMPTY_RECHECK_MS = 5_000

/**
 * The configured publishing targets, for the panel's picker and its "a target is configured"
 * check. Targets are added on another screen, so the list is fetched again whenever the window
 * comes back into focus or a dialog closes, and every few seconds while there is none.
 */
export function useTargets(): { targets: Target[] | null; error: string | null } {
  const [targets, setTargets] = useState<Target[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = () => {
      clearTimeout(timer)
      send('targets.list', {}).then(
        (answer) => {
          if (!live) return
          setError(null)
          setTargets(answer.targets)
          if (answer.targets.length === 0) timer = setTimeout(load, EMPTY_RECHECK_MS)
        },
        (e: unknown) => {
          if (!live) return
          setError((e as Error).message)
          timer = setTimeout(load, EMPTY_RECHECK_MS)
        },
      )
    }
    load()
    window.addEventListener('focus', load)
    // The Targets screen is a dialog: when any dialog closes (`close` does not bubble, so it is
    // caught on its way down), the list may have changed.
    document.addEventListener('close', load, true)
    return () => {
      live = false
      clearTimeout(timer)
      window.removeEventListener('focus', load)
      document.removeEventListener('close', load, true)
    }
  }, [])

  return { targets, error }
}
