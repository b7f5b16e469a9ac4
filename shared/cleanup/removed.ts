import { z } from 'zod'
import { type DocNode, DocNodeSchema } from '../articles/doc-schema'

/**
 * Why a block was taken out of an imported article. Each names a kind of site furniture that
 * scraped Arabic news posts carry, so the removal notice can say what it removed and why.
 */
export const REASON_IDS = [
  'comment-form',
  'theme-control',
  'share',
  'related',
  'repeated-title',
  'empty',
  'fragment',
] as const

/** One of {@link REASON_IDS}. */
export type ReasonId = (typeof REASON_IDS)[number]

/**
 * A block that the clean-up took out, kept whole so that one click can put it back exactly.
 * Nothing is removed without one of these: the import notice lists them and offers the restore.
 */
export interface Removed {
  /** Unique within one clean-up: `removed-<index>`. */
  id: string
  /** Its top-level block index in the document as it was BEFORE the clean-up. */
  index: number
  /** The block itself, untouched. */
  node: DocNode
  /** Its plain text, for the notice (blocks separated by new lines). */
  text: string
  reason: ReasonId
}

/**
 * The shape of a {@link Removed} entry, for when the list comes back from the renderer or a file:
 * a restore must never be fed a block that is not a document node.
 */
export const RemovedSchema: z.ZodType<Removed> = z.object({
  id: z.string().min(1).max(64),
  index: z.number().int().min(0),
  node: DocNodeSchema,
  text: z.string(),
  reason: z.enum(REASON_IDS),
})
