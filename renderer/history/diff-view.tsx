import { memo } from 'react'
import type { ArticleDiff } from '../../shared/diff/article-diff'
import { diffLines } from '../../shared/diff/diff-lines'
import type { DiffSegment } from '../../shared/diff/word-diff'
import { useI18n } from '../i18n/i18n'

function Segment({ segment }: { segment: DiffSegment }) {
  const { t } = useI18n()
  if (segment.kind === 'same') return <span>{segment.text}</span>
  // <del>/<ins> carry the meaning; the hidden word says it to screen readers that ignore them.
  const Tag = segment.kind === 'removed' ? 'del' : 'ins'
  return (
    <Tag>
      <span className="visually-hidden">
        [{t(segment.kind === 'removed' ? 'removedText' : 'addedText')}]{' '}
      </span>
      {segment.text}
    </Tag>
  )
}

const changedLine = (line: DiffSegment[] | undefined) => line?.some((s) => s.kind !== 'same')

/**
 * Keeps the changed paragraphs and one paragraph of context on each side; each run of other
 * unchanged paragraphs becomes a count, so a one-word fix in a long article fits on screen.
 */
function withContext(lines: DiffSegment[][]): (DiffSegment[] | number)[] {
  const shown: (DiffSegment[] | number)[] = []
  lines.forEach((line, i) => {
    if (changedLine(line) || changedLine(lines[i - 1]) || changedLine(lines[i + 1])) {
      shown.push(line)
      return
    }
    const last = shown.at(-1)
    if (typeof last === 'number') shown[shown.length - 1] = last + 1
    else shown.push(1)
  })
  return shown
}

/**
 * A word diff of two revisions, field by field. Each paragraph is its own `dir="auto"` block, so
 * Arabic paragraphs read right to left and an English quote left to right; words keep their
 * diacritics exactly as they were written.
 */
export const DiffView = memo(function DiffView({ diff }: { diff: ArticleDiff }) {
  const { t } = useI18n()
  const changed = diff.fields.filter((f) => f.diff.added + f.diff.removed > 0)
  return (
    <section className="diff-view" aria-label={t('changes')}>
      <p className="diff-summary" aria-live="polite">
        {changed.length === 0 && !diff.status
          ? t('noChanges')
          : t('changesSummary', { removed: diff.removed, added: diff.added })}
      </p>
      {diff.status && (
        <p className="diff-status">
          {t('statusChange', {
            before: t(`status.${diff.status.before}`),
            after: t(`status.${diff.status.after}`),
          })}
        </p>
      )}
      {changed.map(({ field, diff: fieldDiff }) => (
        <div key={field} className="diff-field">
          <h3>{t(field)}</h3>
          {withContext(diffLines(fieldDiff.segments)).map((line, i) =>
            typeof line === 'number' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: static list, re-rendered whole
              <p key={i} className="diff-gap">
                {t('unchangedParagraphs', { n: line })}
              </p>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: static list, re-rendered whole
              <p key={i} dir="auto">
                {line.map((segment, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: static list, re-rendered whole
                  <Segment key={j} segment={segment} />
                ))}
              </p>
            ),
          )}
        </div>
      ))}
    </section>
  )
})
