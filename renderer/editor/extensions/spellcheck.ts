import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { FoundWord } from '../../../shared/spelling/spell-words'
import { docWords } from '../../spelling/doc-words'

export interface SpellcheckOptions {
  /**
   * Whether Midad's checker marks words (the `midad` engine); off, no word is sent anywhere.
   * @default false
   */
  enabled: boolean
  /**
   * Milliseconds after the last edit (or after enabling) before words are checked.
   * @default 400
   */
  delay: number
  /**
   * Class of a misspelled word's inline decoration (the document is not changed).
   * @default 'misspelled'
   */
  misspelledClass: string
  /**
   * The known verdict for a word: true misspelled, false correct, undefined not checked yet.
   * @default () => undefined
   */
  verdict: (word: string) => boolean | undefined
  /**
   * Checks words whose verdict is not known yet; the marks are drawn once it resolves.
   * @default async () => {}
   */
  checkWords: (words: string[]) => Promise<void>
  /**
   * A misspelled word's menu is asked for: a right click on it, or the ContextMenu key or
   * Shift+F10 with the caret in it.
   * @default () => {}
   */
  onMenu: (word: FoundWord) => void
  /**
   * A check failed (no dictionary, a damaged newsroom dictionary): no marks are drawn.
   * @default () => {}
   */
  onError: (error: unknown) => void
}

interface SpellState {
  enabled: boolean
  decorations: DecorationSet
  /** Bumped when the words must all be looked at again (enabled, dictionary changed). */
  generation: number
}
type SpellMeta = { enabled: boolean } | { recheck: true } | { decorations: DecorationSet }

export const spellcheckKey = new PluginKey<SpellState>('spellcheck')

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    spellcheck: {
      /** Turns Midad's marks on (checking the words after the delay) or off (removing them). */
      setSpellcheck: (enabled: boolean) => ReturnType
      /** Looks at every word again (verdicts changed: a word added to the dictionary, ignored). */
      recheckSpelling: () => ReturnType
    }
  }
}

/** The misspelled word the position is in (or at either end of), if any. */
export function misspelledAt(state: SpellState | undefined, pos: number): FoundWord | null {
  const found = state?.decorations.find(pos, pos)[0]
  return found
    ? { word: (found.spec as { word: string }).word, from: found.from, to: found.to }
    : null
}

/** Drops the marks an edit touched: the word being typed is only judged after the pause. */
function mapDecorations(tr: Transaction, set: DecorationSet): DecorationSet {
  let mapped = set.map(tr.mapping, tr.doc)
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1)
    map.forEach((_oldFrom, _oldTo, newFrom, newTo) => {
      mapped = mapped.remove(mapped.find(rest.map(newFrom, -1), rest.map(newTo, 1)))
    })
  })
  return mapped
}

/**
 * Midad's offline spellcheck in the body: misspelled words get a wavy underline (an inline
 * decoration). Words are checked a pause after editing, and only those whose verdict is not known
 * yet go to the backend; marks follow the text through every change in between.
 */
export const Spellcheck = Extension.create<SpellcheckOptions>({
  name: 'spellcheck',

  addOptions() {
    return {
      enabled: false,
      delay: 400,
      misspelledClass: 'misspelled',
      verdict: () => undefined,
      checkWords: async () => {},
      onMenu: () => {},
      onError: () => {},
    }
  },

  addCommands() {
    return {
      setSpellcheck:
        (enabled) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(spellcheckKey, { enabled }).setMeta('addToHistory', false)
          return true
        },
      recheckSpelling:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(spellcheckKey, { recheck: true }).setMeta('addToHistory', false)
          return true
        },
    }
  },

  addProseMirrorPlugins() {
    const options = this.options
    const decorate = (view: EditorView) => {
      const { doc } = view.state
      const wrong = docWords(doc).filter((w) => options.verdict(w.word) === true)
      const marks = wrong.map((w) =>
        Decoration.inline(w.from, w.to, { class: options.misspelledClass }, { word: w.word }),
      )
      const decorations = DecorationSet.create(doc, marks)
      view.dispatch(
        view.state.tr.setMeta(spellcheckKey, { decorations }).setMeta('addToHistory', false),
      )
    }
    let keyboardMenuAt = 0
    return [
      new Plugin<SpellState>({
        key: spellcheckKey,
        state: {
          init: () => ({
            enabled: options.enabled,
            decorations: DecorationSet.empty,
            generation: 0,
          }),
          apply: (tr, prev) => {
            const meta = tr.getMeta(spellcheckKey) as SpellMeta | undefined
            if (meta && 'enabled' in meta)
              return {
                enabled: meta.enabled,
                decorations: DecorationSet.empty,
                generation: prev.generation + 1,
              }
            if (meta && 'recheck' in meta) return { ...prev, generation: prev.generation + 1 }
            if (meta && 'decorations' in meta)
              return { ...prev, decorations: prev.enabled ? meta.decorations : DecorationSet.empty }
            if (!tr.docChanged || prev.decorations === DecorationSet.empty) return prev
            return { ...prev, decorations: mapDecorations(tr, prev.decorations) }
          },
        },
        props: {
          decorations: (state) => spellcheckKey.getState(state)?.decorations,
          handleDOMEvents: {
            contextmenu: (view, event) => {
              const target = event.target instanceof Element ? event.target : null
              const mark = target?.closest(`.${options.misspelledClass}`)
              // The keyboard's own contextmenu event follows the key that already opened ours.
              if (!mark && Date.now() - keyboardMenuAt < 500) event.preventDefault()
              if (!mark || !view.dom.contains(mark)) return false
              const word = misspelledAt(
                spellcheckKey.getState(view.state),
                view.posAtDOM(mark, 0) + 1,
              )
              if (!word) return false
              event.preventDefault()
              options.onMenu(word)
              return true
            },
          },
          handleKeyDown: (view, event) => {
            if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10'))
              return false
            // The caret as the user sees it: right after a click, ProseMirror may not have read
            // the new DOM selection yet (it does so on the async selectionchange event).
            const dom = view.dom.ownerDocument.getSelection()
            const at =
              dom?.anchorNode && view.dom.contains(dom.anchorNode)
                ? view.posAtDOM(dom.anchorNode, dom.anchorOffset)
                : view.state.selection.from
            const word = misspelledAt(spellcheckKey.getState(view.state), at)
            if (!word) return false
            keyboardMenuAt = Date.now()
            event.preventDefault()
            options.onMenu(word)
            return true
          },
        },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined
          let destroyed = false
          const run = async () => {
            const state = spellcheckKey.getState(view.state)
            if (destroyed || !state?.enabled) return
            const unknown = docWords(view.state.doc)
              .map((w) => w.word)
              .filter((w) => options.verdict(w) === undefined)
            try {
              if (unknown.length) await options.checkWords(unknown)
            } catch (error) {
              options.onError(error)
              return
            }
            if (!destroyed && spellcheckKey.getState(view.state)?.enabled) decorate(view)
          }
          const schedule = () => {
            clearTimeout(timer)
            timer = setTimeout(() => void run(), options.delay)
          }
          if (options.enabled) schedule()
          return {
            update: (_view, prevState) => {
              const now = spellcheckKey.getState(view.state)
              const before = spellcheckKey.getState(prevState)
              if (!now?.enabled) return clearTimeout(timer)
              if (view.state.doc !== prevState.doc || now.generation !== before?.generation)
                schedule()
            },
            destroy: () => {
              destroyed = true
              clearTimeout(timer)
            },
          }
        },
      }),
    ]
  },
})
