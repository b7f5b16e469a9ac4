import type { Extensions } from '@tiptap/core'
import { Placeholder } from '@tiptap/extensions'
import { schemaExtensions } from '../../../shared/editor/schema-extensions'
import { CleanPaste, type CleanPasteOptions } from './clean-paste'
import { EditorFigure } from './figure-view'
import { FindReplace } from './find-replace'
import { ImageFiles } from './image-files'
import { Spellcheck, type SpellcheckOptions } from './spellcheck'

export interface ArticleExtensionOptions {
  /** The body's placeholder, read when shown. */
  placeholder?: () => string
  /** An empty caption's placeholder, read when shown. */
  captionPlaceholder?: () => string
  /** Image files pasted or dropped into the body (see {@link ImageFiles}). */
  onImageFiles?: (files: File[], position: number | undefined) => void
  /** The paste clean-up's headline and report (see {@link CleanPaste}). */
  cleanPaste?: Partial<CleanPasteOptions>
  /** Midad's spellcheck: the verdicts, the backend check and the word menu (see {@link Spellcheck}). */
  spellcheck?: Partial<SpellcheckOptions>
}

/**
 * The editor's extensions: the shared article schema (its figure drawn by the editor's node
 * view), plus what only an editing UI needs.
 */
export function articleExtensions(options: ArticleExtensionOptions = {}): Extensions {
  const {
    placeholder = () => '',
    captionPlaceholder = () => '',
    onImageFiles,
    cleanPaste,
    spellcheck,
  } = options
  return [
    ...schemaExtensions().map((extension) =>
      extension.name === 'figure' ? EditorFigure.configure({ captionPlaceholder }) : extension,
    ),
    Placeholder.configure({ placeholder }),
    ImageFiles.configure({ onFiles: onImageFiles ?? (() => undefined) }),
    FindReplace,
    CleanPaste.configure(cleanPaste ?? {}),
    Spellcheck.configure(spellcheck ?? {}),
  ]
}
