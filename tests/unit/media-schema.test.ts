import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { Article } from '../../shared/articles/article-schema'
import type { Doc } from '../../shared/articles/doc-schema'
import { schemaExtensions } from '../../shared/editor/schema-extensions'
import { docImageSources } from '../../shared/media/doc-images'
import { MediaSrc } from '../../shared/media/media-src'
import { png } from '../support/test-images'
import { failure, openBackend, value } from './fixtures/api'
import { createTempDirs, sampleArticles, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

const hash = 'd'.repeat(64)
const figure = (src: string, extra: Record<string, unknown> = {}) => ({
  type: 'figure',
  attrs: { src, alt: 'الوزير يقص الشريط', credit: 'تصوير: رويترز', ...extra },
  content: [{ type: 'text', text: 'افتتاح المعرض' }],
})
const bodyWith = (...nodes: unknown[]): Doc => ({ type: 'doc', content: nodes as Doc['content'] })

describe('MediaSrc', () => {
  it('admits only media/<sha256>.<raster ext>', () => {
    for (const ok of [
      `media/${hash}.png`,
      `media/${hash}.jpg`,
      `media/${hash}.jpeg`,
      `media/${hash}.avif`,
    ])
      expect(MediaSrc.safeParse(ok).success, ok).toBe(true)
    for (const bad of [
      `media/${hash}.svg`,
      `/media/${hash}.png`,
      `media/../${hash}.png`,
      `https://example.com/media/${hash}.png`,
      `data:image/png;base64,${png().toString('base64')}`,
      `media/${hash.slice(1)}.png`,
      `media/${hash.toUpperCase()}.png`,
      `media/${hash}.png?x=1`,
      '',
    ])
      expect(MediaSrc.safeParse(bad).success, bad).toBe(false)
  })
})

describe('the figure node of the article schema', () => {
  const schema = getSchema(schemaExtensions())

  it('renders a figure with its image, caption hole and credit', () => {
    const node = schema.nodeFromJSON(figure(`media/${hash}.png`))
    expect(node.type.spec.toDOM?.(node)).toEqual([
      'figure',
      {},
      ['img', { src: `media/${hash}.png`, alt: 'الوزير يقص الشريط' }],
      [
        'figcaption',
        {},
        ['span', { class: 'caption' }, 0],
        ['small', { class: 'credit' }, 'تصوير: رويترز'],
      ],
    ])
    const bare = schema.nodeFromJSON(figure(`media/${hash}.png`, { credit: '' }))
    expect(bare.type.spec.toDOM?.(bare)).toEqual([
      'figure',
      {},
      ['img', { src: `media/${hash}.png`, alt: 'الوزير يقص الشريط' }],
      ['figcaption', {}, ['span', { class: 'caption' }, 0]],
    ])
  })

  it('never renders an image whose source is not a stored one', () => {
    const node = schema.nodeFromJSON(figure('https://tracker.example/pixel.png'))
    expect(JSON.stringify(node.type.spec.toDOM?.(node))).not.toContain('tracker')
  })

  it('lists the stored images a body uses, once each', () => {
    const a = `media/${hash}.png`
    const b = `media/${'e'.repeat(64)}.webp`
    const body = bodyWith(figure(a), { type: 'blockquote', content: [figure(b)] }, figure(a))
    expect(docImageSources(body)).toEqual([a, b])
  })
})

describe('articles keep only stored images', () => {
  it('saves figures and a featured image of stored images, and reads them back', async () => {
    const backend = await openBackend(await tempDir())
    const { src } = await value(backend, 'media.add', {
      fileName: 'a.png',
      dataBase64: png().toString('base64'),
    })
    const created = await value(backend, 'articles.create', {
      title: 'معرض',
      body: bodyWith(figure(src)),
      featuredImage: { src, alt: 'صورة المعرض' },
    })
    const read = await value(backend, 'articles.get', { id: created.id })
    expect(read.body.content?.[0]).toEqual(figure(src))
    expect(read.featuredImage).toEqual({ src, alt: 'صورة المعرض' })
    const removed = await value(backend, 'articles.save', {
      id: created.id,
      baseRevision: read.revision,
      changes: { featuredImage: null },
    })
    expect(removed.featuredImage).toBeNull()
  })

  it('refuses remote, data: and unstored sources and figures without alt text, writing nothing', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend(dataDir)
    const [sample] = sampleArticles
    if (!sample) throw new Error('no sample article')
    const before = await snapshotDir(dataDir)
    const bad = [
      { body: bodyWith(figure('https://example.com/a.png')) },
      { body: bodyWith(figure(`data:image/png;base64,${png().toString('base64')}`)) },
      { body: bodyWith({ type: 'blockquote', content: [figure(`media/${hash}.svg`)] }) },
      { body: bodyWith(figure(`media/${hash}.png`, { alt: '' })) },
      { body: bodyWith({ type: 'figure', content: [] }) },
      { featuredImage: { src: 'https://example.com/a.png', alt: 'x' } },
      { featuredImage: { src: `media/${hash}.png`, alt: '   ' } },
    ]
    for (const changes of bad) {
      const error = await failure(backend, 'articles.save', {
        id: sample.id,
        baseRevision: sample.revision,
        changes,
      })
      expect(error.code, JSON.stringify(changes).slice(0, 80)).toBe('invalid_argument')
    }
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it('still reads articles written before featured images existed', () => {
    for (const article of sampleArticles) {
      expect('featuredImage' in article).toBe(false)
      expect(Article.safeParse(article).success).toBe(true)
    }
  })
})
