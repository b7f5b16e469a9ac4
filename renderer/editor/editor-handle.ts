import type { Editor } from '@tiptap/core'

/** The article's two plain-text fields above the body. */
export type TextField = 'title' | 'standfirst'

/**
 * What tools beside the editor (the Style check panel) may do to the article being edited: read
 * and change the title and standfirst, which are plain text areas, and reach the body's TipTap
 * editor. Set by the ArticleEditor while it is mounted.
 */
export interface EditorHandle {
  editor: Editor
  /** The title and standfirst as they are now. */
  fields: () => Record<TextField, string>
  /** Replaces a field's whole text, as an edit the session saves. */
  setField: (field: TextField, value: string) => void
  /** Focuses a field and selects the string offsets [from, to). */
  selectField: (field: TextField, from: number, to: number) => void
}
