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

/**
 * How deep nodes may nest. Real articles stay under ten (a list in a quote in a list); the limit
 * is there so a hostile or broken document is refused before a recursive check or renderer can
 * run out of stack.
 */
export const MAX_DOC_DEPTH = 64

/** The nesting depth of a JSON value, measured without recursion so it cannot overflow. */
function depthOf(value: unknown): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number]
    if (item === null || typeof item !== 'object') continue
    if (depth > deepest) deepest = depth
    if (deepest > MAX_DOC_DEPTH * 4) break
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return deepest
}

/**
 * The body of an article: a TipTap document whose root is `doc`. Each node level is three JSON
 * levels deep (node → content array → node), plus marks and attrs inside a node.
 */
export const DocSchema = z
  .unknown()
  .refine((doc) => depthOf(doc) <= MAX_DOC_DEPTH * 2 + 4, {
    message: `The document nests deeper than ${MAX_DOC_DEPTH} levels.`,
    abort: true,
  })
  .pipe(
    z.object({
      type: z.literal('doc'),
      content: z.array(DocNodeSchema).optional(),
    }),
  )
export type Doc = z.infer<typeof DocSchema>

/** An empty document with one empty paragraph, as TipTap creates it. */
export function emptyDoc(): Doc {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
