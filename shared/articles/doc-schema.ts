import { z } from 'zod'

/** A mark on a text node, as TipTap serialises it (bold, italic, link…). */
export interface DocMark {
  type: string
  attrs?: Record<string, unknown> | undefined
}

/** A node of a TipTap/ProseMirror JSON document. */
export interface DocNode {
  type: string
  attrs?: Record<string, unknown> | undefined
  content?: DocNode[] | undefined
  marks?: DocMark[] | undefined
  text?: string | undefined
}

const Mark: z.ZodType<DocMark> = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
})

/**
 * Structural validation of a TipTap JSON node. The editor's schema decides which node types are
 * meaningful; this only guarantees the shape, so a hand-edited file cannot crash the renderer.
 */
export const DocNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNodeSchema).optional(),
    marks: z.array(Mark).optional(),
    text: z.string().optional(),
  }),
)

/** The body of an article: a TipTap document whose root is `doc`. */
export const DocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(DocNodeSchema).optional(),
})
export type Doc = z.infer<typeof DocSchema>

/** An empty document with one empty paragraph, as TipTap creates it. */
export function emptyDoc(): Doc {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
