import { useCallback, useRef } from 'react'

/**
 * Runs tasks one after another: a moderator pressing a, a, a quickly approves three comments,
 * each on the comment the previous action left current, and a poll never lands mid-action.
 */
export function useSerialTasks(): (task: () => Promise<void> | void) => void {
  const chain = useRef<Promise<void>>(Promise.resolve())
  return useCallback((task) => {
    chain.current = chain.current.then(task).catch((error: unknown) => {
      console.error('Comment moderation task failed', error)
    })
  }, [])
}
