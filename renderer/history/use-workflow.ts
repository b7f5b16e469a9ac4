import { useEffect, useState } from 'react'
import type { WorkflowEvent } from '../../shared/publish/publication-schema'
import { send } from '../api/send'

export interface WorkflowState {
  /** The steps, oldest first as stored; null until loaded. */
  steps: WorkflowEvent[] | null
  error: string | null
}

/**
 * The article's workflow (its status changes, kept by the backend), fetched again whenever
 * `version` changes: a save that changed the status added a step.
 */
export function useWorkflow(id: string, version: number): WorkflowState {
  const [steps, setSteps] = useState<WorkflowEvent[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    // `version` is the trigger: a new save may have moved the article on.
    void version
    send('articles.get', { id }).then(
      (article) => {
        if (cancelled) return
        setSteps(article.workflow ?? [])
        setError(null)
      },
      (e: unknown) => !cancelled && setError((e as Error).message),
    )
    return () => {
      cancelled = true
    }
  }, [id, version])

  return { steps, error }
}
