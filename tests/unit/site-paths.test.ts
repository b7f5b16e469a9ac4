import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  articlePaths,
  listPagePath,
  rootOf,
  tagPath,
  tagStem,
  urlPath,
} from '../../electron/export/site/site-paths'

const at = (id: string, slug: string, createdAt: string) => ({ id, slug, createdAt })

/** What Windows, macOS and Linux all accept as one path segment. */
const portableSegment = (segment: string) =>
  segment.length > 0 &&
  Buffer.byteLength(segment) <= 255 &&
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  !/[<>:"/\\|?*\u0000-\u001f\u202a-\u202e\u2066-\u2069]/.test(segment) &&
  !/[. ]$/.test(segment) &&
  !/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(segment) &&
  segment === segment.normalize('NFC')

describe('article paths in an exported site', () => {
  it('keeps Arabic slugs Arabic and falls back to the id for an empty slug', () => {
    const paths = articlePaths([
      at('a1', 'البنك-المركزي يثبّت', '2026-11-01T00:00:00Z'),
      at('a2', '', '2026-11-02T00:00:00Z'),
    ])
    expect(paths.get('a1')).toBe('articles/البنك-المركزي-يثبّت.html')
    expect(paths.get('a2')).toBe('articles/a2.html')
  })

  it('gives clashing slugs, also by case alone, -2, -3… with the oldest keeping the name', () => {
    const articles = [
      at('new', 'Gaza', '2026-11-03T00:00:00Z'),
      at('old', 'gaza', '2026-11-01T00:00:00Z'),
      at('mid', 'GAZA', '2026-11-02T00:00:00Z'),
      at('taken', 'gaza-2', '2026-11-04T00:00:00Z'),
    ]
    const paths = articlePaths(articles)
    expect(paths.get('old')).toBe('articles/gaza.html')
    expect(paths.get('mid')).toBe('articles/GAZA-2.html')
    expect(paths.get('new')).toBe('articles/Gaza-3.html')
    expect(paths.get('taken')).toBe('articles/gaza-2-2.html')
    // The same set in another order gives the same names.
    expect(articlePaths([...articles].reverse())).toEqual(paths)
  })

  it('never gives two articles one file, on any file system, whatever the slugs', () => {
    const slug = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.constantFrom(
        'ع'.repeat(150),
        '𠀀'.repeat(120),
        '',
        'con',
        'CON',
        'a',
        'A',
        'a-2',
        'سياسة',
        '‮evil',
        '../x',
        'x.',
      ),
    )
    fc.assert(
      fc.property(fc.array(slug, { maxLength: 40 }), (slugs) => {
        const articles = slugs.map((s, i) =>
          at(`id${i}`, s, new Date(Date.UTC(2026, 0, 1 + (i % 7))).toISOString()),
        )
        const paths = [...articlePaths(articles).values()]
        expect(paths).toHaveLength(articles.length)
        expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length)
        for (const path of paths) expect(path.split('/').every(portableSegment), path).toBe(true)
      }),
      { seed: 20261124, numRuns: 300 },
    )
  })
})

describe('tag pages', () => {
  it('puts spellings of one tag that differ in diacritics, tatweel or case on one page', () => {
    expect(tagStem('سِياسَة')).toBe(tagStem('سياسة'))
    expect(tagStem('سيـــاسة')).toBe(tagStem('سياسة'))
    expect(tagStem('Gaza War')).toBe(tagStem('gaza war'))
    expect(tagStem('سياسة')).not.toBe(tagStem('اقتصاد'))
    expect(tagPath('كرة القدم')).toBe('tags/كرة-القدم.html')
  })

  it('makes a hostile tag a plain, safe file name', () => {
    for (const tag of ['<script>alert(1)</script>', '../../etc', '‮وسم', 'con', '"><'])
      expect(tagPath(tag).split('/').every(portableSegment), tagPath(tag)).toBe(true)
  })
})

describe('links between pages', () => {
  it('numbers later list pages and links them relative to the site root', () => {
    expect(listPagePath('index.html', 1)).toBe('index.html')
    expect(listPagePath('index.html', 3)).toBe('page/3.html')
    expect(listPagePath('tags/سياسة.html', 2)).toBe('tags/سياسة/2.html')
    expect(rootOf('index.html')).toBe('')
    expect(rootOf('tags/سياسة/2.html')).toBe('../../')
    expect(urlPath('articles/سوريا.html')).toBe('articles/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7.html')
  })
})
