import { useId } from 'react'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import { useModal } from './use-modal'

const SHORTCUTS: [keys: string, what: MessageId][] = [
  ['j', 'comments.key.next'],
  ['k', 'comments.key.previous'],
  ['a', 'comments.key.approve'],
  ['s', 'comments.key.spam'],
  ['d', 'comments.key.trash'],
  ['u', 'comments.key.undo'],
  ['r', 'comments.key.reply'],
  ['x', 'comments.key.select'],
  ['1 – 4', 'comments.key.queue'],
  ['?', 'comments.key.help'],
  ['Ctrl + Enter', 'comments.key.send'],
  ['Esc', 'comments.key.cancel'],
]

/** The moderation keys, listed ("?" opens it; Escape or Close shuts it). */
export function ShortcutsDialog({ onClosed }: { onClosed: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModal()
  return (
    <dialog
      ref={dialog}
      className="comments-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
    >
      <h2 id={`${id}-title`}>{t('comments.shortcuts')}</h2>
      <p className="muted">{t('comments.shortcutsNote')}</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd dir="ltr">{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <div className="actions dialog-actions">
        <button className="button" type="button" onClick={() => dialog.current?.close()}>
          {t('comments.close')}
        </button>
      </div>
    </dialog>
  )
}
