import { describe, expect, it } from 'vitest'
import { RuleSet } from '../../shared/comments/apply-rules'
import type { CommentStatus } from '../../shared/comments/comment-schema'
import { CommentRules } from '../../shared/comments/rules-schema'

/** Rules as a newsroom would write them in its rules file. */
const rules = (raw: unknown) => new RuleSet(CommentRules.parse(raw))

const newsroom = rules({
  holdWords: ['غبي', 'أحمق', 'تافه', 'سب', 'حقير', 'حمار'],
  spamWords: [
    'كازينو 777',
    'ربح مضمون',
    'casino',
    { word: 'crypto', match: 'substring' },
    { word: 'كازينو', match: 'substring' },
  ],
  maxLinks: 2,
})

const comment = (body: string, author: { name?: string; email?: string; url?: string } = {}) => ({
  author: { name: author.name ?? 'قارئ', email: author.email ?? '', url: author.url ?? '' },
  body,
})

/** The status a new comment gets, and what decided it. */
function decide(set: RuleSet, body: string, incoming?: CommentStatus, hasApproved = true) {
  return set.decide(comment(body), incoming, () => hasApproved)
}

describe('the auto-moderation rules, against Arabic evasion', () => {
  it('holds a listed word written with diacritics, tatweel or invisible marks', () => {
    for (const body of ['أنت غَبِيّ فعلًا', 'أنت غـــبـــي', 'أنت غ\u200Cبي', 'أنت غبي']) {
      const decision = decide(newsroom, body)
      expect(decision.status, body).toBe('pending')
      expect(decision.match, body).toMatchObject({ rule: 'hold-words', word: 'غبي', field: 'body' })
    }
  })

  it('treats أ إ آ ا as one, ة as ه, ى as ي, and Arabic-Indic digits as Western', () => {
    for (const body of ['كلام احمق', 'كلام إحمق', 'كلام آحمق', 'كلام أحمق']) {
      expect(decide(newsroom, body).match?.word, body).toBe('أحمق')
    }
    expect(decide(newsroom, 'تعليق تافة جدا').match).toMatchObject({ word: 'تافه', text: 'تافة' })
    expect(decide(newsroom, 'أنت غبى').match).toMatchObject({ word: 'غبي', text: 'غبى' })
    const digits = decide(newsroom, 'العب في كازينو ٧٧٧ واربح')
    expect(digits.status).toBe('spam')
    expect(digits.match).toMatchObject({ rule: 'spam-words', word: 'كازينو 777' })
  })

  it('catches stretched letters and letters spelled out with spaces or dots', () => {
    const cases: [string, string][] = [
      ['يا غبييييي', 'غبييييي'],
      ['يا غ ب ي', 'غ ب ي'],
      ['يا غ.ب.ي', 'غ.ب.ي'],
      ['محافظ البنك ح.م.ا.ر', 'ح.م.ا.ر'],
      ['هذا تاااافه', 'تاااافه'],
    ]
    for (const [body, text] of cases) {
      expect(decide(newsroom, body).match, body).toMatchObject({ rule: 'hold-words', text })
    }
  })

  it('matches a listed phrase across stretched letters and extra spaces', () => {
    for (const body of ['ربح مضمون كل يوم', 'ربـــح    مضمون', 'رِبْح مَضْمُون']) {
      expect(decide(newsroom, body).match, body).toMatchObject({
        rule: 'spam-words',
        word: 'ربح مضمون',
      })
    }
    // The words apart are not the phrase.
    expect(decide(newsroom, 'الربح ليس مضمونا في السوق').match).toBeNull()
  })

  it('keeps to whole words: a listed word inside a longer, harmless word does not match', () => {
    const harmless = [
      'ما سبب تأخير الرواتب؟', // سبب (cause) holds سب
      'في هذه المناسبة نهنئكم', // مناسبة (occasion)
      'حسب المصادر الرسمية', // حسب (according to)
      'حملة ضد تحقير المرأة', // تحقير (contempt, as a topic) holds حقير
      'better odds, alphabet soup', // bet is not listed, casino inside casinos is not a word
      'the casinos closed',
    ]
    for (const body of harmless)
      expect(decide(newsroom, body), body).toEqual({
        status: 'approved',
        match: null,
      })
    // With the Arabic prefixes written joined, it is the word itself.
    expect(decide(newsroom, 'وأنت والغبي سواء').match).toMatchObject({ word: 'غبي' })
    expect(decide(newsroom, 'لا تسب أحدا').match).toBeNull()
  })

  it('matches inside longer words only for a rule that opts into substrings', () => {
    expect(decide(newsroom, 'invest in cryptocurrency now').match).toMatchObject({
      rule: 'spam-words',
      word: 'crypto',
      text: 'crypto',
    })
    expect(decide(newsroom, 'أفضل الكازينوهات هنا').match).toMatchObject({ word: 'كازينو' })
    const wholeOnly = rules({ spamWords: ['كازينو'] })
    expect(decide(wholeOnly, 'أفضل الكازينوهات هنا').match).toBeNull()
    expect(decide(wholeOnly, 'أفضل كازينو هنا').status).toBe('spam')
  })

  it('records the rule, the listed word, the text that matched and the field it was in', () => {
    const byName = newsroom.decide(
      comment('تعليق عادي', { name: 'الغــبي' }),
      undefined,
      () => true,
    )
    expect(byName).toEqual({
      status: 'pending',
      match: { rule: 'hold-words', word: 'غبي', text: 'غــبي', field: 'name' },
    })
    const byUrl = newsroom.decide(
      comment('تعليق عادي', { url: 'https://casino.example' }),
      undefined,
      () => true,
    )
    expect(byUrl.match).toMatchObject({ rule: 'spam-words', word: 'casino', field: 'url' })
    const byEmail = newsroom.decide(
      comment('تعليق', { email: 'crypto-king@example.com' }),
      undefined,
      () => true,
    )
    expect(byEmail.match).toMatchObject({ word: 'crypto', field: 'email' })
  })

  it('holds a comment with more links than allowed, and says how many', () => {
    const two = 'انظر https://a.example و www.b.example'
    expect(decide(newsroom, two)).toEqual({ status: 'approved', match: null })
    const three = `${two} و <a href="javascript:alert(1)">هنا</a>`
    expect(decide(newsroom, three)).toEqual({
      status: 'pending',
      match: { rule: 'max-links', links: 3 },
    })
    expect(decide(rules({ maxLinks: null }), three).status).toBe('approved')
    expect(decide(rules({ maxLinks: 0 }), 'https://a.example').match).toEqual({
      rule: 'max-links',
      links: 1,
    })
  })

  it('holds first-time commenters only when asked, and only those without an approved comment', () => {
    const firstTime = rules({ holdFirstTime: true })
    expect(decide(firstTime, 'شكرا', undefined, false)).toEqual({
      status: 'pending',
      match: { rule: 'first-time' },
    })
    expect(decide(firstTime, 'شكرا', undefined, true).status).toBe('approved')
    expect(decide(rules({}), 'شكرا', undefined, false).status).toBe('approved')
  })

  it('checks spam words before hold words, links and first-time commenters', () => {
    const all = rules({
      holdWords: ['غبي'],
      spamWords: ['casino'],
      maxLinks: 0,
      holdFirstTime: true,
    })
    const body = 'غبي casino https://a.example'
    expect(decide(all, body, undefined, false).match?.rule).toBe('spam-words')
    expect(decide(all, 'غبي https://a.example', undefined, false).match?.rule).toBe('hold-words')
    expect(decide(all, 'https://a.example', undefined, false).match?.rule).toBe('max-links')
    expect(decide(all, 'شكرا', undefined, false).match?.rule).toBe('first-time')
  })

  it('only ever makes an incoming status stricter', () => {
    expect(decide(newsroom, 'أنت غبي', 'approved').status).toBe('pending')
    expect(decide(newsroom, 'casino', 'pending').status).toBe('spam')
    expect(decide(newsroom, 'تعليق عادي', 'pending')).toEqual({ status: 'pending', match: null })
    // Spam and trash stay where the source put them, with no rule recorded.
    expect(decide(newsroom, 'تعليق عادي', 'spam')).toEqual({ status: 'spam', match: null })
    expect(decide(newsroom, 'casino', 'trash')).toEqual({ status: 'trash', match: null })
  })

  it('reads words of a rules file as plain strings or objects, and refuses bad ones', () => {
    const parsed = CommentRules.parse({
      holdWords: [' غبي ', { word: 'تافه', match: 'substring' }],
    })
    expect(parsed).toEqual({
      holdWords: [
        { word: 'غبي', match: 'word' },
        { word: 'تافه', match: 'substring' },
      ],
      spamWords: [],
      maxLinks: 2,
      holdFirstTime: false,
    })
    for (const bad of [
      { holdWords: [''] },
      { holdWords: [{ word: 'x', match: 'regex' }] },
      { maxLinks: -1 },
      { holdFirstTime: 'yes' },
      { extra: true },
    ]) {
      expect(CommentRules.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
  })
})
