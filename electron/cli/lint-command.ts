import { checkStyle } from '../../shared/style/check-style'
import type { Finding } from '../../shared/style/finding'
import { houseStyleOf } from '../../shared/style/house-style'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { EXIT } from './cli-errors'
import { terminalLine } from './terminal-text'

/**
 * Text of a finding or of its fix, quoted on one terminal line: spaces as "␣" (a doubled space
 * must show as two, and its fix as one), and, through `terminalLine`, no control or bidi character
 * of the untrusted article text reaches the terminal.
 */
export function shownText(text: string): string {
  return `"${terminalLine(text.replace(/ /g, '␣'))}"`
}

/** The suggested fix in words: delete, insert, or replace one text with another. */
export function fixText(f: Finding): string {
  if (!f.fix) return 'fix: by hand'
  if (f.fix.insert === '') return `fix: delete ${shownText(f.text)}`
  if (f.text === '') return `fix: insert ${shownText(f.fix.insert)}`
  return `fix: ${shownText(f.text)} → ${shownText(f.fix.insert)}`
}

/** One finding as a line: rule, field and range, the excerpt, then the suggested fix. */
export function findingLine(f: Finding): string {
  return `${f.rule}\t${f.field} ${f.from}-${f.to}\t${terminalLine(f.excerpt, 100)}\t${fixText(f)}`
}

/**
 * `midad lint ID [--json]`: checks one article against the newsroom's house style with the same
 * checker as the editor's Style check panel (findings the article ignores stay hidden), so a
 * script or a pre-publish hook sees what an editor would. Returns the exit code: 0 with no
 * findings, 3 with some, so `midad lint ID && publish` reads naturally.
 */
export async function lintCommand(
  id: string,
  flags: { 'data-dir'?: string | undefined; json?: boolean | undefined },
  io: CliIo,
): Promise<number> {
  const findings = await withBackend(flags['data-dir'], io, async (backend) => {
    const [article, settings] = await Promise.all([
      call(backend, 'articles.get', { id }),
      call(backend, 'settings.get', {}),
    ])
    return checkStyle(article, houseStyleOf(settings), new Set(article.styleIgnored ?? []))
  })
  if (flags.json) {
    const rows = findings.map(({ id, rule, field, from, to, excerpt, text, fix }) => ({
      id,
      rule,
      field,
      from,
      to,
      excerpt,
      text,
      fix,
    }))
    io.out(JSON.stringify(rows, null, 2))
  } else {
    for (const finding of findings) io.out(findingLine(finding))
  }
  return findings.length ? EXIT.findings : EXIT.ok
}
