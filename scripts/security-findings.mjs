// The policy of Midad's security audit, apart from running the scanner: which findings fail it,
// read against the two tables of SECURITY.md. Plain functions, so the unit test can check them.

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']

/** Heading of the table of accepted low/informational findings in SECURITY.md. */
export const ACCEPTED_HEADING = 'Accepted electronegativity findings'
/** Heading of the table of manual-review findings silenced on one line after review. */
export const REVIEWED_HEADING = 'Reviewed in code'

/**
 * The rows of the first Markdown table under the `## ` heading that starts with `heading`: cells
 * trimmed, backticks dropped, the header and separator rows left out.
 */
export function tableRows(markdown, heading) {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(heading))
  if (!section) return []
  return section
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim().replace(/`/g, '')),
    )
    .filter(([id]) => /^[A-Z][A-Z0-9_]+$/.test(id ?? ''))
}

/** Accepted findings: `| CHECK_ID | file | SEVERITY | reason |`; a row without a reason counts for nothing. */
export function acceptedFindings(markdown) {
  return tableRows(markdown, ACCEPTED_HEADING)
    .filter((cells) => (cells[3] ?? '').length > 0)
    .map(([id, file, severity, reason]) => ({ id, file, severity, reason }))
}

/** Reviewed lines: `| CHECK_ID | file | reason |`. */
export function reviewedInCode(markdown) {
  return tableRows(markdown, REVIEWED_HEADING)
    .filter((cells) => (cells[2] ?? '').length > 0)
    .map(([id, file, reason]) => ({ id, file, reason }))
}

// Built from parts so that this file does not annotate itself.
const ANNOTATION = new RegExp(`(?:/\\*|//)[ \\t]*eng-${'disable'}[ \\t]+([\\w \\t]+)`)

/** The electronegativity annotations (one-line suppressions) in a file's text, one per check. */
export function annotationsIn(file, text) {
  const found = []
  text.split('\n').forEach((line, i) => {
    const match = ANNOTATION.exec(line)
    if (!match) return
    for (const id of match[1].trim().split(/[\s,]+/)) found.push({ id, file, line: i + 1 })
  })
  return found
}

/**
 * What fails the audit: every finding at medium or above; a lower one not accepted (same check,
 * file and severity); every annotation whose check and file are not in the reviewed table.
 */
export function auditVerdict({ findings, annotations }, markdown) {
  const accepted = acceptedFindings(markdown)
  const reviewed = reviewedInCode(markdown)
  const blocking = findings.filter(
    (f) =>
      SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf('MEDIUM') ||
      !accepted.some((a) => a.id === f.id && a.file === f.file && a.severity === f.severity),
  )
  const unlisted = annotations.filter(
    (a) => !reviewed.some((r) => r.id === a.id && r.file === a.file),
  )
  return { accepted, reviewed, blocking, unlisted }
}

/** One line per finding, for test failures and the command line. */
export function describeFinding(f) {
  const review = f.manualReview ? ' (manual review)' : ''
  return `${f.severity} ${f.id} ${f.file}:${f.line}:${f.column} [${f.confidence}]${review} ${f.description}`
}
