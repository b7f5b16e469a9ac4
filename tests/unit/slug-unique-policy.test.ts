import { describe, expect, it } from 'vitest'
import { isValidSlug, MAX_SLUG_LENGTH } from '../../shared/publish/slug'
import { slugFollowsTitle, wentOut } from '../../shared/slugs/slug-policy'
import { TakenSlugs, uniqueSlug } from '../../shared/slugs/unique-slug'

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one from 2', () => {
    expect(uniqueSlug('قمة-الرياض', ['قمة-جدة'])).toBe('قمة-الرياض')
    expect(uniqueSlug('قمة-الرياض', ['قمة-الرياض'])).toBe('قمة-الرياض-2')
    expect(uniqueSlug('قمة-الرياض', ['قمة-الرياض', 'قمة-الرياض-2', 'قمة-الرياض-3'])).toBe(
      'قمة-الرياض-4',
    )
  })

  it('compares as addresses do: without case, in NFC, ignoring surrounding spaces', () => {
    expect(uniqueSlug('g20-summit', ['G20-Summit'])).toBe('g20-summit-2')
    expect(uniqueSlug('سأل', [' سأل'.normalize('NFD')])).toBe('سأل-2')
  })

  it('keeps a numbered slug within the limit, with no hyphen before the number doubled', () => {
    const base = `${'ب'.repeat(MAX_SLUG_LENGTH - 2)}-ج`
    const slug = uniqueSlug(base, [base])
    expect([...slug].length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug).toBe(`${'ب'.repeat(MAX_SLUG_LENGTH - 2)}-2`)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('finds the tenth free number with the limit still kept', () => {
    const base = 'ب'.repeat(MAX_SLUG_LENGTH)
    const taken = [base, ...Array.from({ length: 8 }, (_, i) => `${'ب'.repeat(98)}-${i + 2}`)]
    const slug = uniqueSlug(base, new TakenSlugs(taken))
    expect(slug).toBe(`${'ب'.repeat(97)}-10`)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('leaves no slug as none', () => {
    expect(uniqueSlug('', ['', ''])).toBe('')
  })
})

describe('slugFollowsTitle', () => {
  const draft = { slug: 'قمة', slugAuto: true, status: 'draft' as const }

  it('follows while automatic and never published', () => {
    expect(slugFollowsTitle(draft)).toBe(true)
    expect(slugFollowsTitle({ ...draft, status: 'ready' })).toBe(true)
  })

  it('stops once the editor typed a slug', () => {
    expect(slugFollowsTitle({ ...draft, slugAuto: false })).toBe(false)
  })

  it('follows an older article only while its slug is empty', () => {
    expect(slugFollowsTitle({ slug: '', status: 'draft' })).toBe(true)
    expect(slugFollowsTitle({ slug: 'old-slug', status: 'draft' })).toBe(false)
  })

  it('stops once the article is published, scheduled or was ever published somewhere', () => {
    expect(slugFollowsTitle({ ...draft, status: 'published' })).toBe(false)
    expect(slugFollowsTitle({ ...draft, status: 'scheduled' })).toBe(false)
    for (const state of ['published', 'scheduled', 'draft'] as const)
      expect(slugFollowsTitle({ ...draft, publications: [{ state }] })).toBe(false)
    expect(slugFollowsTitle({ ...draft, workflow: [{ to: 'published' }, { to: 'draft' }] })).toBe(
      false,
    )
  })

  it('does not count review steps as going out', () => {
    expect(wentOut({ status: 'draft', workflow: [{ to: 'in_review' }, { to: 'ready' }] })).toBe(
      false,
    )
    expect(wentOut({ status: 'draft', publications: [] })).toBe(false)
  })
})
