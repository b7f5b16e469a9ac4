import { useEffect, useState } from 'react'
import type { Target } from '../../shared/publish/target-schema'
import { send } from '../api/send'
import { useTargetsVersion } from '../targets/open-targets'

/** How soon a list that could not be loaded is asked for again. */
const RETRY_MS = 5_000

/**
 * The configured publishing targets, for the panel's picker and its "a target is configured"
 * check. They are changed on the Targets screen, so the list is fetched again each time it closes
 * (and when the window comes back into focus: another tab may have changed them).
 */
export function useTargets(): { targets: Target[] | null; error: string | null } {
  const [targets, setTargets] = useState<Target[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const version = useTargetsVersion()

  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    // `version` is the trigger: the Targets screen closed.
    void version
    const load = () => {
      clearTimeout(timer)
      send('targets.list', {}).then(
        (answer) => {
          if (!live) return
          setError(null)
          setTargets(answer.targets)
        },
        (e: unknown) => {
          if (!live) return
          setError((e as Error).message)
          timer = setTimeout(load, RETRY_MS)
        },
      )
    }
    load()
    window.addEventListener('focus', load)
    return () => {
      live = false
      clearTimeout(timer)
      window.removeEventListener('focus', load)
    }
  }, [version])

  return { targets, error }
}
