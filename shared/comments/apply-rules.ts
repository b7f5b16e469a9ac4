import { WordListMatcher } from '../arabic/word-list-matcher'
import { countLinks } from './comment-links'
import type { CommentAuthor, CommentStatus } from './comment-schema'
import type { CommentRules, RuleMatch, WordRule } from './rules-schema'

/** What the rules decided for an incoming comment. */
export interface RuleDecision {
  status: CommentStatus
  /** The rule that held or spammed it; null when none did. */
  match: RuleMatch | null
}

/** The parts of a comment the rules read. */
export interface RuleInput {
  author: CommentAuthor
  body: string
}

type Field = NonNullable<RuleMatch['field']>

/** A word list compiled once: whole-word entries and substring entries in two matchers. */
class WordList {
  private readonly matchers: WordListMatcher[]
  constructor(rules: readonly WordRule[]) {
    const whole = rules.filter((r) => r.match === 'word').map((r) => r.word)
    const inside = rules.filter((r) => r.match === 'substring').map((r) => r.word)
    this.matchers = [
      new WordListMatcher(whole, { mode: 'word' }),
      new WordListMatcher(inside, { mode: 'substring' }),
    ]
  }

  find(input: RuleInput): { word: string; text: string; field: Field } | null {
    const fields: [Field, string][] = [
      ['body', input.body],
      ['name', input.author.name],
      ['email', input.author.email],
      ['url', input.author.url],
    ]
    for (const [field, text] of fields) {
      if (!text) continue
      for (const matcher of this.matchers) {
        const found = matcher.find(text)
        if (found) return { word: found.word, text: found.text.slice(0, 300), field }
      }
    }
    return null
  }
}

/**
 * The auto-moderation rules, compiled once for a batch (an import, a fetch, a benchmark of
 * thousands). Order, as in WordPress: spam words first, then hold words, the link limit, and
 * first-time commenters. The first rule that matches decides, and is recorded.
 */
export class RuleSet {
  private readonly spam: WordList
  private readonly hold: WordList

  constructor(readonly rules: CommentRules) {
    this.spam = new WordList(rules.spamWords)
    this.hold = new WordList(rules.holdWords)
  }

  /** The spam word a comment contains, or null. */
  spamMatch(input: RuleInput): RuleMatch | null {
    const spam = this.spam.find(input)
    return spam ? { rule: 'spam-words', ...spam } : null
  }

  /** The rule that a comment trips, or null. `hasApproved` answers for first-time commenters. */
  match(input: RuleInput, hasApproved: () => boolean): RuleMatch | null {
    const spam = this.spamMatch(input)
    if (spam) return spam
    const hold = this.hold.find(input)
    if (hold) return { rule: 'hold-words', ...hold }
    if (this.rules.maxLinks !== null) {
      const links = countLinks(input.body, this.rules.maxLinks + 1)
      if (links > this.rules.maxLinks) return { rule: 'max-links', links }
    }
    if (this.rules.holdFirstTime && !hasApproved()) return { rule: 'first-time' }
    return null
  }

  /**
   * The status of an incoming comment. `incoming` is the status its source gave (undefined for
   * a new comment, which is approved unless a rule objects). Rules only ever make it stricter:
   * spam words send approved or pending comments to Spam; the others hold approved ones. A
   * comment that arrives as spam or trash stays there. With `published`, (a comment its site has
   * already approved) only spam words apply: the other rules are for comments still waiting, and
   * the first fetch of a site must not take years of published comments off it, every author
   * being a "first-time commenter" to a new store.
   */
  decide(
    input: RuleInput,
    incoming: CommentStatus | undefined,
    hasApproved: () => boolean,
    options: { published?: boolean } = {},
  ): RuleDecision {
    const status = incoming ?? 'approved'
    if (status === 'spam' || status === 'trash') return { status, match: null }
    const spamOnly = options.published === true && status === 'approved'
    const match = spamOnly ? this.spamMatch(input) : this.match(input, hasApproved)
    if (!match) return { status, match: null }
    if (match.rule === 'spam-words') return { status: 'spam', match }
    return { status: 'pending', match }
  }
}
