import { useEffect, useId, useRef, useState } from 'react'
import type { ArgsOf } from '../../shared/api/contract'
import type { Target, TargetKind } from '../../shared/publish/target-schema'
import { send } from '../api/send'
import { useReadOnly } from '../app/read-only'
import { useI18n } from '../i18n/i18n'
import { TargetForm } from './target-form'
import { editButtonId, removeButtonId, TargetList } from './target-list'
import { type TestOutcome, testTarget, useTargets } from './use-targets'

/** What the live region says: a test's progress and result, or what was saved or removed. */
type Announcement = { text: string; tone: 'busy' | 'ok' | 'error' }

/**
 * The Targets screen: a native modal `<dialog>` (focus kept inside, the page inert, Escape
 * closes it) listing where articles can be published, with forms to add, edit, test and remove
 * targets. Every outcome is said in one status region, so a screen reader hears it wherever focus
 * is. In browser mode passwords are kept in a plain file, and the screen says so up front.
 */
export function TargetsDialog({ onClosed }: { onClosed: () => void }) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const { targets, passwordStorage, loadError, reload } = useTargets()
  const [form, setForm] = useState<{ kind: TargetKind; saved: Target | null } | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [testing, setTesting] = useState(false)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  /** The element to focus after the next render: where the user was before a form closed. */
  const focusNext = useRef<string | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  useEffect(() => {
    if (!focusNext.current) return
    document.getElementById(focusNext.current)?.focus()
    focusNext.current = null
  })

  const say = (outcome: TestOutcome): Announcement =>
    outcome.state === 'testing'
      ? { text: t('testingConnection', { name: outcome.name }), tone: 'busy' }
      : outcome.state === 'ok'
        ? { text: t('targetTestOk', { name: outcome.name, detail: outcome.detail }), tone: 'ok' }
        : {
            text: t('targetTestFailed', { name: outcome.name, message: outcome.message }),
            tone: 'error',
          }

  const test = async (args: ArgsOf<'targets.test'>, name: string) => {
    setTesting(true)
    setAnnouncement(say({ state: 'testing', name }))
    const outcome = await testTarget(args, name)
    setTesting(false)
    setAnnouncement(say(outcome))
  }

  const openForm = (kind: TargetKind, saved: Target | null) => {
    setConfirming(null)
    setAnnouncement(null)
    setForm({ kind, saved })
  }

  /** Closes the form, back to the button that opened it. */
  const closeForm = () => {
    if (!form) return
    focusNext.current = form.saved ? editButtonId(id, form.saved) : `${id}-add-${form.kind}`
    setForm(null)
  }

  const saved = async (target: Target) => {
    await reload()
    if (form) focusNext.current = form.saved ? editButtonId(id, target) : `${id}-add-${form.kind}`
    setForm(null)
    setAnnouncement({ text: t('targetSaved', { name: target.name }), tone: 'ok' })
  }

  const remove = async (target: Target) => {
    setConfirming(null)
    try {
      await send('targets.remove', { id: target.id })
      if (form?.saved?.id === target.id) setForm(null)
      await reload()
      focusNext.current = `${id}-add-folder`
      setAnnouncement({ text: t('targetRemoved', { name: target.name }), tone: 'ok' })
    } catch (error) {
      focusNext.current = removeButtonId(id, target)
      setAnnouncement({
        text: t('targetRemoveFailed', { message: (error as Error).message }),
        tone: 'error',
      })
    }
  }

  return (
    <dialog
      ref={dialog}
      className="targets-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
    >
      <h2 id={`${id}-title`}>{t('targets')}</h2>
      {passwordStorage === 'file' && (
        <p className="banner warn" role="note">
          {t('passwordFileWarning')}
        </p>
      )}
      {readOnly && <p className="banner read-only">{t('targetsReadOnly')}</p>}
      {loadError && (
        <p className="error" role="alert">
          {t('targetsLoadFailed', { message: loadError })}
        </p>
      )}
      {targets && (
        <TargetList
          idPrefix={id}
          targets={targets}
          readOnly={readOnly}
          testing={testing}
          confirming={confirming}
          onTest={(target) => void test({ id: target.id }, target.name)}
          onEdit={(target) => openForm(target.kind, target)}
          onRemove={(target) => setConfirming(target.id)}
          onConfirmRemove={(target) => void remove(target)}
          onKeep={(target) => {
            focusNext.current = removeButtonId(id, target)
            setConfirming(null)
          }}
        />
      )}
      {form ? (
        <TargetForm
          key={form.saved?.id ?? `new-${form.kind}`}
          idPrefix={`${id}-form`}
          kind={form.kind}
          saved={form.saved}
          testing={testing}
          onSaved={(target) => void saved(target)}
          onTest={(args, name) => void test(args, name)}
          onCancel={closeForm}
        />
      ) : (
        <div className="actions">
          {(['folder', 'wordpress'] as const).map((kind) => (
            <button
              key={kind}
              id={`${id}-add-${kind}`}
              className="button"
              type="button"
              disabled={readOnly}
              onClick={() => openForm(kind, null)}
            >
              {t(kind === 'folder' ? 'addFolderTarget' : 'addWordPressTarget')}
            </button>
          ))}
        </div>
      )}
      <div className={`targets-status ${announcement?.tone ?? ''}`} role="status">
        {announcement && <p dir="auto">{announcement.text}</p>}
      </div>
      <div className="actions dialog-actions">
        <button className="button" type="button" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </div>
    </dialog>
  )
}
