import type { Extensions } from '@tiptap/core'
import { Placeholder } from '@tiptap/extensions'
import { schemaExtensions } from '../../../shared/editor/schema-extensions'

/** The editor's extensions: the shared article schema, plus what only an editing UI needs. */
export function articleExtensions(placeholder: () => string = () => ''): Extensions {
  return [...schemaExtensions(), Placeholder.configure({ placeholder })]
}
