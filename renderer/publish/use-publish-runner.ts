import { useCallback, useRef, useState } from 'react'
import type { PublishJob } from '../../shared/publish/publish-job'

interface RunnerDeps {
  /** Flushes the autosave, so what is published is what the editor shows. */
  saveNow: () => Promise<void>
  hasUnsaved: () => boolean
  /** Follows the job an action queued or changed. */
  track: (job: PublishJob) => void
  /** Words a refusal. */
  wordRefusal: (error: unknown) => string
  /** Said when the article could not be saved first. */
  notSaved: () => string
}

/**
 * Runs one panel action at a time: saves first (unless the action is about a job), then asks the
 * backend and follows the job it answers with; a refusal becomes the panel's error line.
 */
export function usePublishRunner(deps: RunnerDeps) {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const depsRef = useRef(deps)
  depsRef.current = deps

  const run = useCallback(async (act: () => Promise<PublishJob>, save = true) => {
    const { saveNow, hasUnsaved, track, wordRefusal, notSaved } = depsRef.current
    setFailure(null)
    setBusy(true)
    try {
      if (save) {
        await saveNow()
        if (hasUnsaved()) {
          setFailure(notSaved())
          return
        }
      }
      track(await act())
    } catch (error) {
      setFailure(wordRefusal(error))
    } finally {
      setBusy(false)
    }
  }, [])

  return { busy, failure, run }
}
