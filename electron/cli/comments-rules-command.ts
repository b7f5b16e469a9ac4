import { readFile } from 'node:fs/promises'
import { CommentRules, type WordRule } from '../../shared/comments/rules-schema'
import { describeIssues } from '../store/schema-file'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { InputError, UsageError } from './cli-errors'
import { terminalLine } from './terminal-text'

/** Largest rules file read (2,000 words per list fit easily). */
const MAX_RULES_BYTES = 2 * 1024 * 1024

/** A rules file, checked as a whole before anything is saved. */
async function readRulesFile(file: string): Promise<CommentRules> {
  let text: string
  try {
    const bytes = await readFile(file)
    if (bytes.length > MAX_RULES_BYTES)
      throw new InputError(`${file} is larger than ${MAX_RULES_BYTES / 1024 / 1024} MiB.`)
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    if (error instanceof InputError) throw error
    if (error instanceof TypeError) throw new InputError(`${file} is not UTF-8 text.`)
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(
      `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`)
  }
  const parsed = CommentRules.safeParse(data)
  if (!parsed.success)
    throw new InputError(`${file} is not a rules file: ${describeIssues(parsed.error)}.`)
  return parsed.data
}

function words(list: readonly WordRule[]): string {
  if (!list.length) return '(none)'
  return list
    .map((r) => `${terminalLine(r.word)}${r.match === 'substring' ? ' (inside words too)' : ''}`)
    .join(', ')
}

/** The rules as a person reads them, one rule a line. */
export function describeRules(rules: CommentRules): string[] {
  return [
    `Hold words: ${words(rules.holdWords)}`,
    `Spam words: ${words(rules.spamWords)}`,
    `Most links before holding: ${rules.maxLinks === null ? 'no limit' : rules.maxLinks}`,
    `Hold first-time commenters: ${rules.holdFirstTime ? 'yes' : 'no'}`,
  ]
}

/**
 * `midad comments rules --show [--json]` and `--set FILE.json`: the auto-moderation rules as a
 * file a newsroom can keep in version control. `--show --json` prints exactly what `--set`
 * takes. A bad file is refused whole, naming the wrong field; the saved rules stay as they were.
 */
export async function rulesCommand(
  flags: {
    'data-dir'?: string | undefined
    show?: boolean | undefined
    set?: string | undefined
    json?: boolean | undefined
  },
  io: CliIo,
): Promise<void> {
  if (Boolean(flags.show) === (flags.set !== undefined))
    throw new UsageError('"comments rules" takes --show or --set FILE.json.')
  const file = flags.set
  const next = file === undefined ? null : await readRulesFile(file)
  const rules = await withBackend(flags['data-dir'], io, (backend) =>
    next ? call(backend, 'comments.rules.set', next) : call(backend, 'comments.rules.get', {}),
  )
  if (flags.json) io.out(JSON.stringify(rules, null, 2))
  else for (const line of describeRules(rules)) io.out(line)
}
