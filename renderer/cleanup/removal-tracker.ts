import type { Node as PmNode, Schema } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import type { Mappable } from '@tiptap/pm/transform'
import type { Removed } from '../../shared/cleanup/removed'
import { restorePosition } from '../../shared/cleanup/restore-removed'

/** A block's place in the document: `from` before it, `to` after it. */
export interface BlockRange {
  from: number
  to: number
}

/** One block of the source, in its order: kept, removed (listed), or removed and put back. */
interface Slot {
  /** The clean-up's entry; absent for a block it kept. */
  removed?: Removed
  /** Where it is while it is in the document; null while it is removed. */
  range: BlockRange | null
  /** Put back at least once: an undo may take it out and a redo put it back again. */
  restoredOnce?: boolean
}

let trackers = 0

/**
 * Keeps track of where the blocks one clean-up removed (an import's, or a paste's) go back, while
 * the article is edited. The kept blocks' places are mapped through every transaction; a removed
 * block goes back right after the nearest block before it in the source that is in the
 * document (or before the nearest one after it). The order comes from the shared
 * `restorePosition`, so a block goes back where the import's report says it was.
 *
 * An undo that takes a restored block out again lists it again (its range collapses); a redo
 * that puts it back unlists it. Nothing the clean-up removed is ever out of both the document and
 * the list.
 */
export class RemovalTracker {
  readonly id = `removal-${++trackers}`
  private readonly slots: Slot[]
  private base: number

  /**
   * @param kept where the kept blocks are now, in order.
   * @param removed what the clean-up removed, with indexes counted among the kept blocks.
   * @param base where blocks go back when no kept block is left to place them by.
   */
  constructor(
    kept: BlockRange[],
    removed: readonly Removed[],
    base: number,
    readonly kind: 'import' | 'paste',
  ) {
    this.base = base
    this.slots = kept.map((range) => ({ range }))
    const sorted = [...removed].sort((a, b) => a.index - b.index)
    sorted.forEach((entry, i) => {
      // The entries before this one are placed already, those after still missing.
      const cleaned = { type: 'doc', content: this.slots.map(() => ({ type: 'paragraph' })) }
      this.slots.splice(restorePosition(cleaned, sorted.slice(i), entry), 0, {
        removed: entry,
        range: null,
      })
    })
  }

  /** The entries removed now (not put back), in source order: what the notice lists. */
  listed(): Removed[] {
    return this.slots.flatMap((slot) => (slot.removed && !slot.range ? [slot.removed] : []))
  }

  /**
   * Adds to `tr` the insertion of each of `entries` (those still removed), in source order, so
   * "Restore all" is one undoable step. Returns false when nothing could be put back.
   */
  restore(tr: Transaction, entries: readonly Removed[], schema: Schema): boolean {
    const ids = new Set(entries.map((entry) => entry.id))
    let restored = false
    this.slots.forEach((slot, i) => {
      if (!slot.removed || slot.range || !ids.has(slot.removed.id)) return
      let node: PmNode
      try {
        node = schema.nodeFromJSON(slot.removed.node)
      } catch {
        return
      }
      const at = this.anchor(i)
      const steps = tr.steps.length
      try {
        tr.insert(at, node)
      } catch {
        return
      }
      if (tr.steps.length === steps) return
      const mapping = tr.mapping.slice(steps)
      this.mapRanges(mapping)
      slot.range = { from: mapping.map(at, -1), to: mapping.map(at, 1) }
      slot.restoredOnce = true
      restored = true
    })
    if (restored) tr.setMeta('removalTracker', this.id)
    return restored
  }

  /**
   * Follows a transaction applied to the document (unless it is this tracker's own restore,
   * already followed). Returns true when the list changed (an undo or redo of a restore).
   */
  follow(tr: Transaction): boolean {
    if (!tr.docChanged || tr.getMeta('removalTracker') === this.id) return false
    const before = this.listed().length
    this.mapRanges(tr.mapping)
    this.slots.forEach((slot, i) => {
      if (!slot.removed || slot.range || !slot.restoredOnce) return
      const at = this.anchor(i)
      const node = tr.doc.nodeAt(at)
      if (node && sameNode(node, slot.removed.node))
        slot.range = { from: at, to: at + node.nodeSize }
    })
    return this.listed().length !== before
  }

  private mapRanges(mapping: Mappable): void {
    this.base = mapping.map(this.base, -1)
    for (const slot of this.slots) {
      if (!slot.range) continue
      const from = mapping.map(slot.range.from, 1)
      const to = Math.max(from, mapping.map(slot.range.to, -1))
      // A restored block taken out again (an undo) is listed again; a kept one stays a landmark.
      slot.range = slot.removed && to === from ? null : { from, to }
    }
  }

  /** Where slot `i` goes back: after the nearest placed block before it, or before the next. */
  private anchor(i: number): number {
    for (let j = i - 1; j >= 0; j--) {
      const range = this.slots[j]?.range
      if (range) return range.to
    }
    for (let j = i + 1; j < this.slots.length; j++) {
      const range = this.slots[j]?.range
      if (range) return range.from
    }
    return this.base
  }
}

/** True when `node` is the removed block `json` (false when `json` does not fit the schema). */
function sameNode(node: PmNode, json: Removed['node']): boolean {
  try {
    return node.eq(node.type.schema.nodeFromJSON(json))
  } catch {
    return false
  }
}

/** The top-level blocks of `doc` and where they are: what an imported article's body kept. */
export function topLevelRanges(doc: PmNode): BlockRange[] {
  const ranges: BlockRange[] = []
  doc.forEach((node, offset) => {
    ranges.push({ from: offset, to: offset + node.nodeSize })
  })
  return ranges
}
