import { mkdir, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ApiError } from '../../shared/api/errors'
import { RuleSet } from '../../shared/comments/apply-rules'
import { CommentRules } from '../../shared/comments/rules-schema'
import type { DataLayout } from '../store/data-layout'
import { SchemaFile } from '../store/schema-file'

/**
 * The auto-moderation rules of a data directory (`comments/rules.json`), read once and written on
 * every change. A missing file means the defaults. A damaged one is not guessed at: reading the
 * rules, and importing (which needs them), fail with an `invalid_data` error naming the file,
 * while the queues keep working; saving new rules sets the damaged file aside first, so nothing is
 * lost. The compiled {@link RuleSet} is kept until the rules change, so an import of thousands
 * compiles the word lists once.
 */
export class RulesStore {
  private compiled: RuleSet | null = null

  private constructor(
    private readonly path: string,
    private readonly file: SchemaFile<typeof CommentRules>,
    private rules: CommentRules,
    private damage: ApiError | null,
    private readonly readOnly: { reason: string } | undefined,
  ) {}

  static async open(
    layout: DataLayout,
    readOnly?: { reason: string } | undefined,
  ): Promise<RulesStore> {
    const file = new SchemaFile(layout.commentRules, CommentRules, layout.root)
    const defaults = CommentRules.parse({})
    try {
      const rules = (await file.read()) ?? defaults
      return new RulesStore(layout.commentRules, file, rules, null, readOnly)
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'invalid_data') throw error
      return new RulesStore(layout.commentRules, file, defaults, error, readOnly)
    }
  }

  get(): CommentRules {
    if (this.damage) throw this.damage
    return structuredClone(this.rules)
  }

  ruleSet(): RuleSet {
    if (this.damage) throw this.damage
    this.compiled ??= new RuleSet(this.rules)
    return this.compiled
  }

  /** Saves new rules (already validated by the contract), replacing the old ones whole. */
  async set(rules: CommentRules): Promise<CommentRules> {
    if (this.readOnly) throw new ApiError('read_only', this.readOnly.reason)
    const next = CommentRules.parse(rules)
    await mkdir(dirname(this.path), { recursive: true })
    if (this.damage) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      await rename(this.path, this.path.replace(/\.json$/, `.damaged-${stamp}.json`))
      this.damage = null
    }
    await this.file.write(next)
    this.rules = next
    this.compiled = null
    return this.get()
  }
}
