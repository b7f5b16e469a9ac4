import type { HandlerMap } from '../../shared/api/define'
import type { spellingContract } from '../../shared/spelling/spelling-contract'
import type { DataLayout } from '../store/data-layout'
import { HunspellChecker } from './hunspell-checker'
import { NewsroomDictionary } from './newsroom-dictionary'
import { SpellingService } from './spelling-service'

/**
 * The spelling domain's implementation of the contract. Nothing is loaded here: the dictionary
 * loads on the first spelling call, so opening the app stays fast.
 */
export function spellingHandlers(deps: {
  layout: DataLayout
  /** The bundled dictionaries folder (`appPaths().dictionaries`, holding `ar/ar.aff` and `ar/ar.dic`). */
  dictionaryDir: string | undefined
  /** Set when another Midad holds the data directory: the newsroom dictionary cannot change. */
  readOnly?: { reason: string } | undefined
}): HandlerMap<typeof spellingContract> {
  const service = new SpellingService(
    new HunspellChecker(deps.dictionaryDir),
    new NewsroomDictionary(deps.layout, deps.readOnly),
  )
  return {
    'spelling.status': () => service.status(),
    'spelling.check': async ({ words }) => ({ misspelled: await service.check(words) }),
    'spelling.suggest': async ({ word }) => ({ suggestions: await service.suggest(word) }),
    'spelling.words': async () => ({ words: await service.words() }),
    'spelling.addWord': async ({ word }) => ({ words: await service.add(word) }),
    'spelling.removeWord': async ({ word }) => ({ words: await service.remove(word) }),
  }
}
