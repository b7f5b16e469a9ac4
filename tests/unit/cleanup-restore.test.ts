import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textToArticle } from '../../electron/import/text-to-doc'
import type { DocNode } from '../../shared/articles/doc-schema'
import {
  cleanDoc,
  type Removed,
  restorePosition,
  restoreRemoved,
} from '../../shared/cleanup/detect-boilerplate'
import { doc, figure, h, linkP, list, p } from '../fixtures/scraped/build-doc'
import { hostileStrings } from './fixtures/fuzz-payloads'

const article = textToArticle(
  readFileSync(new URL('../fixtures/scraped/gold-prices.txt', import.meta.url), 'utf8'),
)
const original = article.body as DocNode

/** Restores `order` one by one, dropping each from the still-removed list as the notice would. */
function restoreInOrder(cleaned: DocNode, removed: Removed[], order: Removed[]): DocNode {
  let current = cleaned
  let remaining = [...removed]
  for (const which of order) {
    current = restoreRemoved(current, remaining, which)
    remaining = remaining.filter((entry) => entry.id !== which.id)
  }
  return current
}

/** A deterministic shuffle (a linear congruential generator), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

describe('restoreRemoved', () => {
  const { doc: cleaned, removed } = cleanDoc(original, { title: article.title })

  it('gets the original back whatever order the blocks are restored in', () => {
    expect(removed.length).toBeGreaterThan(20)
    expect(restoreInOrder(cleaned, removed, removed)).toEqual(original)
    expect(restoreInOrder(cleaned, removed, [...removed].reverse())).toEqual(original)
    for (const seed of [1, 7, 42, 2024, 99991]) {
      expect(restoreInOrder(cleaned, removed, shuffled(removed, seed))).toEqual(original)
    }
  })

  it('puts one block back between the same kept neighbours as before', () => {
    const formHeading = original.content?.findIndex(
      (block) => block.content?.[0]?.text === 'اترك تعليقاً',
    )
    const which = removed.find((entry) => entry.index === formHeading) as Removed
    expect(which.reason).toBe('comment-form')
    const restored = restoreRemoved(cleaned, removed, which)
    const expected = (original.content ?? []).filter(
      (_, i) => i === which.index || !removed.some((entry) => entry.index === i),
    )
    expect(restored.content).toEqual(expected)
  })

  it('restores after several others, in the middle of a run of removed blocks', () => {
    // Restore the related heading's entries first, then the heading, then a block before them.
    const related = removed.filter((entry) => entry.reason === 'related')
    const order = [...related.slice(1), related[0] as Removed, removed[0] as Removed]
    const restored = restoreInOrder(cleaned, removed, order)
    const back = new Set(order.map((entry) => entry.index))
    expect(restored.content).toEqual(
      (original.content ?? []).filter(
        (_, i) => back.has(i) || !removed.some((entry) => entry.index === i),
      ),
    )
  })

  it('does not care whether the still-removed list includes the block being restored', () => {
    const which = removed[5] as Removed
    const without = removed.filter((entry) => entry.id !== which.id)
    expect(restoreRemoved(cleaned, without, which)).toEqual(restoreRemoved(cleaned, removed, which))
    expect(restorePosition(cleaned, removed, which)).toBe(
      which.index - removed.filter((entry) => entry.index < which.index).length,
    )
  })

  it('leaves its input alone and clamps into a document edited since', () => {
    const before = JSON.stringify(cleaned)
    restoreRemoved(cleaned, removed, removed.at(-1) as Removed)
    expect(JSON.stringify(cleaned)).toBe(before)

    const last = removed.at(-1) as Removed
    const shortened = doc(p('فقرة واحدة بقيت بعد التحرير'))
    expect(restoreRemoved(shortened, [], last).content).toEqual([
      p('فقرة واحدة بقيت بعد التحرير'),
      last.node,
    ])
    expect(restoreRemoved({ type: 'doc' }, removed, removed[0] as Removed).content).toEqual([
      (removed[0] as Removed).node,
    ])
  })
})

/** Lines a scraped page is made of: furniture, crumbs, real sentences and hostile strings. */
const LINES = [
  ...(original.content ?? []).map((block) => block.content?.[0]?.text ?? ''),
  '',
  '   ',
  '*',
  '• • •',
  'الاسم',
  'منذ ساعتين',
  ...hostileStrings,
]

const block = fc.oneof(
  fc.constantFrom(...LINES).map((line) => p(line)),
  fc
    .constantFrom(...LINES)
    .filter((line) => line.length > 0)
    .map((line) => h(line)),
  fc
    .constantFrom(...LINES)
    .filter((line) => line.length > 0)
    .map((line) => linkP(line)),
  fc
    .array(
      fc.constantFrom(...LINES).filter((line) => line.length > 0),
      { minLength: 1, maxLength: 3 },
    )
    .map((lines) => list(lines.map((line) => linkP(line)))),
  fc.constant(figure('media/a.jpg', 'شارك')),
)

describe('cleanDoc and restoreRemoved on generated documents', () => {
  it('accounts for every block and restores any order back to the original', () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 40 }),
        fc.constantFrom('', article.title, 'عاجل زلزال'),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (blocks, title, seed) => {
          const body = doc(...blocks)
          const { doc: cleaned, removed } = cleanDoc(body, { title })
          expect((cleaned.content?.length ?? 0) + removed.length).toBe(blocks.length)
          expect(removed.map((entry) => entry.index)).toEqual(
            [...removed.map((entry) => entry.index)].sort((a, b) => a - b),
          )
          for (const entry of removed) expect(entry.node).toBe(blocks[entry.index])
          expect(restoreInOrder(cleaned, removed, shuffled(removed, seed))).toEqual(body)
        },
      ),
      { numRuns: 300 },
    )
  })
})
