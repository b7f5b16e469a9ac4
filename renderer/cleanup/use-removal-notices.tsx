import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import type { Transaction } from '@tiptap/pm/state'
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import type { Removed } from '../../shared/cleanup/removed'
import { useReadOnly } from '../app/read-only'
import { pastedRanges } from '../editor/extensions/clean-paste'
import { useI18n } from '../i18n/i18n'
import { excerpt, RemovalNotice } from './removal-notice'
import { RemovalTracker, topLevelRanges } from './removal-tracker'

/** What the editor shows and calls for the clean-up's notices. */
export interface RemovalNotices {
  /** The notice(s) to show above the body, or null. */
  notice: ReactNode
  /** The paste clean-up took `removed` out of a paste inserted at `from`. */
  onPasteCleaned: (removed: Removed[], from: number) => void
}

/**
 * What is still removed of each import, by the list the import answered: when the article is
 * opened again in this window, the notice lists only those (the others were put back, and
 * saved, or the notice was dismissed).
 */
const stillRemoved = new WeakMap<readonly Removed[], ReadonlySet<string>>()

/**
 * The Restore buttons' accessible names: "Restore: <text…>", numbered when two entries read the
 * same (two "إغلاق" lines), so each is unique on the page. Keyed by the entry itself: ids
 * (`removed-<index>`) repeat across two notices.
 */
function restoreLabels(
  entries: Removed[],
  label: (text: string) => string,
  empty: string,
): Map<Removed, string> {
  const labels = new Map<Removed, string>()
  const seen = new Map<string, number>()
  for (const entry of entries) {
    const base = label(excerpt(entry.text, 60) || empty)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    labels.set(entry, count === 1 ? base : `${base} (${count})`)
  }
  return labels
}

function importTracker(editor: Editor, removedOnOpen: readonly Removed[] | undefined) {
  if (!removedOnOpen?.length) return null
  const left = stillRemoved.get(removedOnOpen)
  const listed = left ? removedOnOpen.filter((entry) => left.has(entry.id)) : removedOnOpen
  if (listed.length === 0) return null
  return new RemovalTracker(topLevelRanges(editor.state.doc), listed, 0, 'import')
}

/**
 * The notices listing what an import or a paste removed, each with one-click restore.
 * `removedOnOpen` is what the import of this article removed (shown once, when it opens). Each
 * restore is one undoable transaction; undoing it lists the block again.
 */
export function useRemovalNotices(
  editor: Editor,
  removedOnOpen: readonly Removed[] | undefined,
): RemovalNotices {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const [initial] = useState(() => importTracker(editor, removedOnOpen))
  const trackers = useRef<RemovalTracker[] | null>(null)
  if (trackers.current === null) trackers.current = initial ? [initial] : []
  const [, setVersion] = useState(0)

  /** Re-renders, and remembers what the import's notice still lists. */
  const changed = useCallback(() => {
    const tracker = trackers.current?.find((each) => each.kind === 'import')
    if (removedOnOpen)
      stillRemoved.set(removedOnOpen, new Set(tracker?.listed().map((entry) => entry.id)))
    setVersion((n) => n + 1)
  }, [removedOnOpen])

  useEffect(() => {
    const follow = (event: { transaction: Transaction; appendedTransactions: Transaction[] }) => {
      let any = false
      for (const tracker of trackers.current ?? [])
        for (const tr of [event.transaction, ...event.appendedTransactions])
          if (tracker.follow(tr)) any = true
      if (any) changed()
    }
    editor.on('transaction', follow)
    return () => {
      editor.off('transaction', follow)
    }
  }, [editor, changed])

  const onPasteCleaned = useCallback(
    (removed: Removed[], from: number) => {
      const tracker = new RemovalTracker(pastedRanges(removed), removed, from, 'paste')
      trackers.current = [...(trackers.current ?? []), tracker]
      changed()
    },
    [changed],
  )

  const restore = (tracker: RemovalTracker, entries: readonly Removed[]) => {
    const tr = editor.state.tr
    closeHistory(tr)
    if (!tracker.restore(tr, entries, editor.schema)) return
    editor.view.dispatch(tr.scrollIntoView())
    changed()
    // The notice goes away with its last line: the focus goes back to the text.
    if (tracker.listed().length === 0) editor.view.focus()
  }
  const dismiss = (tracker: RemovalTracker) => {
    trackers.current = (trackers.current ?? []).filter((each) => each !== tracker)
    changed()
  }

  const shown = (trackers.current ?? []).filter((tracker) => tracker.listed().length > 0)
  const labels = restoreLabels(
    shown.flatMap((tracker) => tracker.listed()),
    (text) => t('cleanupRestoreLabel', { text }),
    t('cleanupEmptyBlock'),
  )
  const notice = shown.length ? (
    <div className="removal-notices">
      {shown.map((tracker) => (
        <RemovalNotice
          key={tracker.id}
          kind={tracker.kind}
          listed={tracker.listed()}
          labels={labels}
          disabled={readOnly || !editor.isEditable}
          onRestore={(entries) => restore(tracker, entries)}
          onDismiss={() => dismiss(tracker)}
        />
      ))}
    </div>
  ) : null
  return { notice, onPasteCleaned }
}
