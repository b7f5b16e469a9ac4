import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract, isMethodName, methodNames } from '../../shared/api/contract'
import { Envelope } from '../../shared/api/envelope'
import { ApiError, ApiErrorShape } from '../../shared/api/errors'
import { Article, ArticleId } from '../../shared/articles/article-schema'
import { ArticleChanges } from '../../shared/articles/articles-contract'
import { sampleDir } from './fixtures/data-dir'

describe('the API contract', () => {
  it('gives every method a zod schema for its arguments and its result', () => {
    expect(methodNames.length).toBeGreaterThan(0)
    for (const [name, spec] of Object.entries(contract)) {
      expect(spec.args, name).toBeInstanceOf(z.ZodType)
      expect(spec.result, name).toBeInstanceOf(z.ZodType)
    }
  })

  it('lists exactly the contract methods of every domain', () => {
    expect(methodNames).toEqual(Object.keys(contract))
    expect([...methodNames].sort()).toEqual(
      [
        'articles.create',
        'articles.delete',
        'articles.get',
        'articles.history',
        'articles.list',
        'articles.restore',
        'articles.revision',
        'articles.save',
        'articles.tags',
        'comments.articles',
        'comments.audit',
        'comments.author',
        'comments.counts',
        'comments.delete',
        'comments.edit',
        'comments.get',
        'comments.import',
        'comments.list',
        'comments.moderate',
        'comments.reply',
        'comments.resolve',
        'comments.rules.get',
        'comments.rules.set',
        'comments.sync',
        'comments.syncState',
        'comments.undo',
        'export.article',
        'export.siteCancel',
        'export.siteDefaults',
        'export.siteJob',
        'export.siteStart',
        'import.article',
        'media.add',
        'publish.cancel',
        'publish.jobs',
        'publish.retry',
        'publish.start',
        'publish.unpublish',
        'recent.clear',
        'recent.list',
        'recent.opened',
        'settings.get',
        'settings.update',
        'spelling.addWord',
        'spelling.check',
        'spelling.removeWord',
        'spelling.status',
        'spelling.suggest',
        'spelling.words',
        'store.status',
        'targets.add',
        'targets.list',
        'targets.remove',
        'targets.test',
        'targets.update',
      ].sort(),
    )
  })

  it('rejects unknown argument keys on every method (strict arguments)', () => {
    for (const name of methodNames) {
      expect(contract[name].args.safeParse({ unexpected: 1 }).success, name).toBe(false)
    }
  })

  it('recognises method names by own keys only, never inherited ones', () => {
    for (const name of methodNames) expect(isMethodName(name)).toBe(true)
    for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'articles']) {
      expect(isMethodName(name), name).toBe(false)
    }
  })
})

describe('article schemas', () => {
  it('refuses a save that changes nothing, or changes an unknown field', () => {
    expect(ArticleChanges.safeParse({}).success).toBe(false)
    expect(ArticleChanges.safeParse({ id: 'other' }).success).toBe(false)
    expect(ArticleChanges.safeParse({ title: 'عنوان' }).success).toBe(true)
  })

  it('accepts every sample article of the sample newsroom', () => {
    const files = readdirSync(join(sampleDir, 'articles')).filter((f) => f.endsWith('.json'))
    expect(files).toHaveLength(5)
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(sampleDir, 'articles', file), 'utf8'))
      const result = Article.safeParse(json)
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true)
      expect(`${json.id}.json`).toBe(file)
    }
  })

  it('refuses article ids that could build a path', () => {
    const sample = JSON.parse(
      readFileSync(join(sampleDir, 'articles', 'sample-water.json'), 'utf8'),
    )
    for (const id of ['a/b', '..', '../x', 'a\\b', 'a.json', '', 'x'.repeat(65), 'مقال']) {
      expect(ArticleId.safeParse(id).success, id).toBe(false)
      expect(Article.safeParse({ ...sample, id }).success, id).toBe(false)
    }
    expect(ArticleId.safeParse('sample_water-2').success).toBe(true)
  })
})

describe('envelopes and errors', () => {
  it('parses success and failure envelopes, and refuses unknown error codes', () => {
    expect(Envelope.parse({ ok: true, value: [1, 2] })).toEqual({ ok: true, value: [1, 2] })
    const failure = {
      ok: false,
      error: { code: 'conflict', message: 'saved elsewhere', details: { currentRevision: 4 } },
    }
    expect(Envelope.parse(failure)).toEqual(failure)
    expect(Envelope.safeParse({ ok: false, error: { code: 'nope', message: '' } }).success).toBe(
      false,
    )
    expect(Envelope.safeParse({ ok: false }).success).toBe(false)
    expect(Envelope.safeParse({ ok: 'yes', value: 1 }).success).toBe(false)
  })

  it('round-trips an ApiError through its wire shape, keeping code and details', () => {
    const original = new ApiError('conflict', 'Saved elsewhere.', { currentRevision: 7, id: 'a' })
    const wire = JSON.parse(JSON.stringify(original.toShape()))
    const back = ApiError.fromShape(ApiErrorShape.parse(wire))
    expect(back).toBeInstanceOf(ApiError)
    expect(back).toBeInstanceOf(Error)
    expect(back.code).toBe('conflict')
    expect(back.message).toBe('Saved elsewhere.')
    expect(back.details).toEqual({ currentRevision: 7, id: 'a' })
  })

  it('leaves details out of the shape when there are none', () => {
    const shape = new ApiError('not_found', 'No such article.').toShape()
    expect(shape).toEqual({ code: 'not_found', message: 'No such article.' })
    expect('details' in shape).toBe(false)
    expect(ApiError.fromShape(shape).details).toBeUndefined()
  })
})
