import { useCallback, useEffect, useState } from 'react'
import type { ArgsOf } from '../../shared/api/contract'
import type { PasswordStorage, Target } from '../../shared/publish/target-schema'
import { send } from '../api/send'

/** The configured targets and where their passwords are kept, as `targets.list` says. */
export interface TargetsState {
  targets: Target[] | null
  passwordStorage: PasswordStorage | null
  loadError: string | null
  reload: () => Promise<void>
}

/** Loads the targets when the screen opens; `reload` after every change the screen makes. */
export function useTargets(): TargetsState {
  const [targets, setTargets] = useState<Target[] | null>(null)
  const [passwordStorage, setPasswordStorage] = useState<PasswordStorage | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      const list = await send('targets.list', {})
      setTargets(list.targets)
      setPasswordStorage(list.passwordStorage)
      setLoadError(null)
    } catch (error) {
      setLoadError((error as Error).message)
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  return { targets, passwordStorage, loadError, reload }
}

/** How "Test connection" went, for the screen's live region. */
export type TestOutcome =
  | { state: 'testing'; name: string }
  | { state: 'ok'; name: string; detail: string }
  | { state: 'failed'; name: string; message: string }

/**
 * Runs `targets.test`. WordPress's own words come back as the message of a `remote` error, which
 * is shown as it is: it is what the site's administrator will recognise.
 */
export async function testTarget(args: ArgsOf<'targets.test'>, name: string): Promise<TestOutcome> {
  try {
    const { detail } = await send('targets.test', args)
    return { state: 'ok', name, detail }
  } catch (error) {
    return { state: 'failed', name, message: (error as Error).message }
  }
}
