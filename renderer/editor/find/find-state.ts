import { type EditorState, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { type DocMatch, findInDoc, matchAtOrAfter } from './find-in-doc'
import { defaultFindOptions, type FindOptions } from './find-matches'

/** What the find bar reads: the query, its options and where the matches are. */
export interface FindState {
  /** False while the bar is closed: nothing is searched or highlighted. */
  open: boolean
  query: string
  options: FindOptions
  matches: DocMatch[]
  /** Index in `matches` of the current match; -1 when there are none. */
  current: number
  /** Bumped when the current match must be scrolled into view. */
  reveal: number
  decorations: DecorationSet
}

/** Reads the find state: `findReplaceKey.getState(editor.state)`. */
export const findReplaceKey = new PluginKey<FindState>('findReplace')

/** The find state without its decorations: what commands hand to the plugin. */
export type FindUpdate = Omit<FindState, 'decorations'>

export const closed: FindUpdate = {
  open: false,
  query: '',
  options: defaultFindOptions,
  matches: [],
  current: -1,
  reveal: 0,
}

/** The find state of a command's (chainable) state. */
export function stateOf(state: EditorState): FindUpdate {
  return findReplaceKey.getState(state) ?? closed
}

/** The find state when the bar is open, else undefined (the command then does nothing). */
export function openState(state: EditorState): FindUpdate | undefined {
  const find = stateOf(state)
  return find.open ? find : undefined
}

/** Searches `tr.doc` with `patch` applied; the first match at or after `pos` becomes current. */
export function search(tr: Transaction, find: FindUpdate, patch: Partial<FindUpdate>, pos: number) {
  const next = { ...find, ...patch }
  const matches = next.open ? findInDoc(tr.doc, next.query, next.options) : []
  return { ...next, matches, current: matchAtOrAfter(matches, pos), reveal: find.reveal + 1 }
}

/** Stores `next` for the plugin and selects its current match. */
export function show(tr: Transaction, next: FindUpdate): true {
  tr.setMeta(findReplaceKey, next)
  const match = next.matches[next.current]
  if (match) tr.setSelection(TextSelection.create(tr.doc, match.from, match.to))
  return true
}

/** Moves to the next (1) or previous (-1) match, round the end. */
export function step(
  tr: Transaction,
  find: FindUpdate | undefined,
  delta: 1 | -1,
  dispatch: boolean,
) {
  const total = find?.matches.length ?? 0
  if (!find || total === 0) return false
  const from = find.current === -1 ? (delta === 1 ? 0 : total - 1) : find.current + delta
  return (
    !dispatch || show(tr, { ...find, current: (from + total) % total, reveal: find.reveal + 1 })
  )
}
