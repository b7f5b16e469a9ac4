import type { HandlerMap } from '../../shared/api/define'
import { ApiError } from '../../shared/api/errors'
import type { spellingContract } from '../../shared/spelling/spelling-contract'
import type { DataLayout } from '../store/data-layout'

/** STUB (being built): the spelling domain's implementation of the contract. */
export function spellingHandlers(_deps: {
  layout: DataLayout
  /** The folder holding `ar.aff` and `ar.dic`; undefined when the app has none. */
  dictionaryDir: string | undefined
  readOnly?: { reason: string } | undefined
}): HandlerMap<typeof spellingContract> {
  const missing = async (): Promise<never> => {
    throw new ApiError('unavailable', 'Spellchecking is not built yet.')
  }
  return {
    'spelling.status': async () => ({
      available: false,
      language: 'ar',
      reason: 'not built yet',
      newsroomWords: 0,
    }),
    'spelling.check': missing,
    'spelling.suggest': missing,
    'spelling.words': missing,
    'spelling.addWord': missing,
    'spelling.removeWord': missing,
  }
}
