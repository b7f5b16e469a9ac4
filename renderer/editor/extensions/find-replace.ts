import { Extension } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { findInDoc, matchAtOrAfter } from '../find/find-in-doc'
import type { FindOptions } from '../find/find-matches'
import {
  closed,
  type FindState,
  type FindUpdate,
  findReplaceKey,
  openState,
  search,
  show,
  stateOf,
  step,
} from '../find/find-state'
import { replaceRange } from '../find/replace-range'

export { type FindState, findReplaceKey } from '../find/find-state'

export interface FindReplaceOptions {
  /**
   * Class of every match's highlight (an inline decoration: the document is not changed).
   * @default 'find-match'
   */
  matchClass: string
  /**
   * Class added to the current match's highlight, which is also selected and scrolled to.
   * @default 'find-match-current'
   */
  currentClass: string
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Shows matches of `query` (the last query when omitted) and selects the nearest one. */
      openFind: (query?: string) => ReturnType
      /** Removes the highlights; the query and options are kept for the next opening. */
      closeFind: () => ReturnType
      setFindQuery: (query: string) => ReturnType
      setFindOptions: (options: Partial<FindOptions>) => ReturnType
      /** Selects the next match (after the last, the first). */
      findNext: () => ReturnType
      /** Selects the previous match (before the first, the last). */
      findPrevious: () => ReturnType
      /** Replaces the current match, keeping its formatting, and selects the next one. */
      replaceMatch: (replacement: string) => ReturnType
      /** Replaces every match in one undoable step, from the end of the article to its start. */
      replaceAllMatches: (replacement: string) => ReturnType
    }
  }
}

/**
 * Find and replace in the body. Matches are highlighted with decorations; the current one is
 * selected and scrolled into view. Text edited while the bar is open is searched again.
 */
export const FindReplace = Extension.create<FindReplaceOptions>({
  name: 'findReplace',

  addOptions() {
    return { matchClass: 'find-match', currentClass: 'find-match-current' }
  },

  addCommands() {
    return {
      openFind:
        (query) =>
        ({ tr, state, dispatch }) => {
          const patch = { open: true, ...(query === undefined ? {} : { query }) }
          return !dispatch || show(tr, search(tr, stateOf(state), patch, tr.selection.from))
        },
      closeFind:
        () =>
        ({ tr, state, dispatch }) => {
          const find = stateOf(state)
          if (dispatch)
            tr.setMeta(findReplaceKey, { ...find, open: false, matches: [], current: -1 })
          return true
        },
      setFindQuery:
        (query) =>
        ({ tr, state, dispatch }) => {
          const find = openState(state)
          if (!find) return false
          return !dispatch || show(tr, search(tr, find, { query }, tr.selection.from))
        },
      setFindOptions:
        (options) =>
        ({ tr, state, dispatch }) => {
          const find = openState(state)
          if (!find) return false
          const patch = { options: { ...find.options, ...options } }
          return !dispatch || show(tr, search(tr, find, patch, tr.selection.from))
        },
      findNext:
        () =>
        ({ tr, state, dispatch }) =>
          step(tr, openState(state), 1, !!dispatch),
      findPrevious:
        () =>
        ({ tr, state, dispatch }) =>
          step(tr, openState(state), -1, !!dispatch),
      replaceMatch:
        (replacement) =>
        ({ tr, state, dispatch, editor }) => {
          const find = openState(state)
          const match = find?.matches[find.current]
          if (!find || !match || !editor.isEditable) return false
          if (!dispatch) return true
          closeHistory(tr)
          replaceRange(tr, match.from, match.to, replacement)
          return show(tr, search(tr, find, {}, tr.mapping.map(match.to)))
        },
      replaceAllMatches:
        (replacement) =>
        ({ tr, state, dispatch, editor }) => {
          const find = openState(state)
          if (!find || find.matches.length === 0 || !editor.isEditable) return false
          if (!dispatch) return true
          closeHistory(tr)
          // From the end, so the positions of the matches still to replace do not move.
          for (const match of [...find.matches].reverse()) {
            replaceRange(tr, match.from, match.to, replacement)
          }
          tr.setMeta(findReplaceKey, search(tr, find, {}, tr.selection.from))
          return true
        },
    }
  },

  addProseMirrorPlugins() {
    const { matchClass, currentClass } = this.options
    const decorate = (state: FindUpdate, doc: PmNode) =>
      state.matches.length === 0
        ? DecorationSet.empty
        : DecorationSet.create(
            doc,
            state.matches.map((m, i) =>
              Decoration.inline(m.from, m.to, {
                class: i === state.current ? `${matchClass} ${currentClass}` : matchClass,
              }),
            ),
          )
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: () => ({ ...closed, decorations: DecorationSet.empty }),
          apply: (tr, prev) => {
            const meta = tr.getMeta(findReplaceKey) as FindUpdate | undefined
            if (meta) return { ...meta, decorations: decorate(meta, tr.doc) }
            if (!tr.docChanged || !prev.open || !prev.query) return prev
            // The text changed under an open bar: search again, keeping the current match's place.
            const was = prev.matches[prev.current]
            const matches = findInDoc(tr.doc, prev.query, prev.options)
            const pos = was ? tr.mapping.map(was.from) : tr.selection.from
            const next = { ...prev, matches, current: matchAtOrAfter(matches, pos) }
            return { ...next, decorations: decorate(next, tr.doc) }
          },
        },
        props: {
          decorations: (state) => findReplaceKey.getState(state)?.decorations,
        },
        view: () => ({
          update: (view, prevState) => {
            const reveal = findReplaceKey.getState(view.state)?.reveal
            if (reveal !== findReplaceKey.getState(prevState)?.reveal)
              revealCurrent(view, currentClass)
          },
        }),
      }),
    ]
  },
})

/**
 * Scrolls the current match into view. ProseMirror's own scrollIntoView does nothing while the
 * focus is in the find bar (it follows the DOM selection), so the highlight is scrolled to.
 */
function revealCurrent(view: EditorView, currentClass: string): void {
  view.dom
    .querySelector(`.${currentClass}`)
    ?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
}
