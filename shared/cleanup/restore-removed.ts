import type { DocNode } from '../articles/doc-schema'
import type { Removed } from './removed'

/**
 * Where `which` goes back into `cleaned`. The rule: `cleaned` holds the original blocks minus
 * those still in `removed`, in their original order; so the blocks before `which` in the
 * original that are present now number `which.index` minus the still-removed entries with a
 * smaller index, and `which` goes right after them. `which` itself may or may not be in
 * `removed`; it is not counted. The position is clamped to the document, so a document edited
 * since the clean-up (blocks added or deleted) still gets the block back, near its place.
 */
export function restorePosition(cleaned: DocNode, removed: Removed[], which: Removed): number {
  const missingBefore = removed.filter(
    (entry) => entry.id !== which.id && entry.index < which.index,
  ).length
  const length = cleaned.content?.length ?? 0
  return Math.max(0, Math.min(which.index - missingBefore, length))
}

/**
 * Puts one removed block back where it was, relative to the kept blocks (see
 * {@link restorePosition} for the exact rule). `removed` is the list of blocks STILL removed
 * (the caller drops `which` from it afterwards); restoring them one by one in any order gives
 * back the original document. Returns a new document; `cleaned` is not changed.
 */
export function restoreRemoved(cleaned: DocNode, removed: Removed[], which: Removed): DocNode {
  const content = [...(cleaned.content ?? [])]
  content.splice(restorePosition(cleaned, removed, which), 0, which.node)
  return { ...cleaned, content }
}
