import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { Article } from '../../shared/articles/article-schema'
import { type ArticleDiff, articleDiff } from '../../shared/diff/article-diff'
import { useI18n } from '../i18n/i18n'
import { DiffView } from './diff-view'
import { RevisionList } from './revision-list'
import { useRevisionHistory } from './use-revision-history'
import { WorkflowSection } from './workflow-section'

interface HistoryPanelProps {
  id: string
  /** Changes after every save, so the list picks up the new revision. */
  version: number
  readOnly: boolean
  /** Saves pending edits, then restores `revision` as a new revision; resolves to it. */
  onRestore: (revision: number) => Promise<Article>
  onClose: () => void
}

interface Comparison {
  from: number
  to: number
  diff: ArticleDiff
}

/**
 * The History panel: the workflow (who changed the status, when), every kept revision with its
 * time and word count, a word diff between any two, and Restore, which saves an old text as a new
 * revision so nothing is lost.
 */
export function HistoryPanel({ id, version, readOnly, onRestore, onClose }: HistoryPanelProps) {
  const { t, formatDate } = useI18n()
  const { revisions, error, load } = useRevisionHistory(id, version)
  const [from, setFrom] = useState<number | null>(null)
  const [to, setTo] = useState<number | null>(null)
  const [comparison, setComparison] = useState<Comparison | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const newest = useRef<number | null>(null)
  const fromId = useId()
  const toId = useId()

  const compare = useCallback(
    async (a: number, b: number) => {
      const [before, after] = await Promise.all([load(Math.min(a, b)), load(Math.max(a, b))])
      setComparison({ from: before.revision, to: after.revision, diff: articleDiff(before, after) })
    },
    [load],
  )

  // A new list: "newer" follows the newest revision if it was on it; the first list compares the
  // last two revisions at once, which is what an editor opening History usually wants.
  useEffect(() => {
    const top = revisions?.[0]?.revision
    if (!revisions || top === undefined) return
    const first = newest.current === null
    setTo((current) => (current === null || current === newest.current ? top : current))
    setFrom((current) =>
      current !== null && revisions.some((r) => r.revision === current)
        ? current
        : (revisions[1]?.revision ?? top),
    )
    newest.current = top
    if (first)
      compare(revisions[1]?.revision ?? top, top).catch((e: unknown) =>
        setFailure((e as Error).message),
      )
  }, [revisions, compare])

  const restore = (revision: number) => {
    setNotice(null)
    setFailure(null)
    onRestore(revision).then(
      (saved) => setNotice(t('restored', { n: revision, m: saved.revision })),
      (e: unknown) => setFailure(t('restoreFailed', { message: (e as Error).message })),
    )
  }

  const option = (r: { revision: number; savedAt: string }) => (
    <option key={r.revision} value={r.revision}>
      {t('revisionOption', { n: r.revision, time: formatDate(r.savedAt) })}
    </option>
  )

  return (
    <aside id="history-panel" className="history-panel" aria-label={t('history')}>
      <div className="history-header">
        <h2>{t('history')}</h2>
        <button className="button" type="button" onClick={onClose}>
          {t('closeHistory')}
        </button>
      </div>
      {error && (
        <p className="banner error" role="alert">
          {t('historyFailed', { message: error })}
        </p>
      )}
      {notice && (
        <p className="banner" role="status">
          {notice}
        </p>
      )}
      {failure && (
        <p className="banner error" role="alert">
          {failure}
        </p>
      )}
      <WorkflowSection id={id} version={version} />
      {revisions && (
        <>
          <RevisionList revisions={revisions} readOnly={readOnly} onRestore={restore} />
          <form
            className="compare-form"
            onSubmit={(e) => {
              e.preventDefault()
              if (from !== null && to !== null)
                compare(from, to).catch((err: unknown) => setFailure((err as Error).message))
            }}
          >
            <label htmlFor={fromId}>{t('compareFrom')}</label>
            <select
              id={fromId}
              value={from ?? ''}
              onChange={(e) => setFrom(Number(e.target.value))}
            >
              {revisions.map(option)}
            </select>
            <label htmlFor={toId}>{t('compareTo')}</label>
            <select id={toId} value={to ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
              {revisions.map(option)}
            </select>
            <button className="button primary" type="submit">
              {t('compare')}
            </button>
          </form>
        </>
      )}
      {comparison && (
        <>
          <h3 className="comparison-title">
            {t('comparison', {
              from: t('revisionLabel', { n: comparison.from }),
              to: t('revisionLabel', { n: comparison.to }),
            })}
          </h3>
          <DiffView diff={comparison.diff} />
        </>
      )}
    </aside>
  )
}
