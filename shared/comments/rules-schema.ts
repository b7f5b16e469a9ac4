import { z } from 'zod'

/** One listed word or phrase, matched as a whole word unless it opts into substrings. */
export const WordRule = z.union([
  z
    .string()
    .trim()
    .min(1)
    .max(100)
    .transform((word) => ({ word, match: 'word' as const })),
  z
    .object({
      word: z.string().trim().min(1).max(100),
      /** `word` (the default): whole words only. `substring`: inside longer words too. */
      match: z.enum(['word', 'substring']).default('word'),
    })
    .strict(),
])
export type WordRule = z.output<typeof WordRule>

/**
 * Auto-moderation, like WordPress's Discussion settings: saved in the store
 * (`comments/rules.json`) and settable from a file (`midad comments rules --set FILE.json`).
 * In a file a word may be a plain string (a whole word) or `{ "word": …, "match": "substring" }`.
 */
export const CommentRules = z
  .object({
    /** A comment containing one of these waits in Pending. */
    holdWords: z.array(WordRule).max(2_000).default([]),
    /** A comment containing one of these goes to Spam. */
    spamWords: z.array(WordRule).max(2_000).default([]),
    /** The most links a comment may have; one more and it is held. null: no limit. */
    maxLinks: z.number().int().min(0).max(1_000).nullable().default(2),
    /** Hold a comment whose author has no approved comment yet. */
    holdFirstTime: z.boolean().default(false),
  })
  .strict()
export type CommentRules = z.output<typeof CommentRules>

/** Which rule decided, and on what: shown on the card and kept in the history and audit log. */
export const RuleMatch = z.object({
  rule: z.enum(['spam-words', 'hold-words', 'max-links', 'first-time']),
  /** The listed word, as written in the rules. */
  word: z.string().max(100).optional(),
  /** The text of the comment that matched it ("غـبـيـيـي"). */
  text: z.string().max(300).optional(),
  /** Where it was found. */
  field: z.enum(['body', 'name', 'email', 'url']).optional(),
  /** For max-links: how many links the comment has. */
  links: z.number().int().nonnegative().optional(),
})
export type RuleMatch = z.infer<typeof RuleMatch>
