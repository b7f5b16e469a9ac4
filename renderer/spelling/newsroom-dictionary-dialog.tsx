import { useEffect, useId, useState } from 'react'
import { send } from '../api/send'
import { useReadOnly } from '../app/read-only'
import { useModal } from '../comments/use-modal'
import { useI18n } from '../i18n/i18n'
import { onShellCommand } from '../shell/command-bus'
import { dictionaryChanged } from './spelling-cache'

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/**
 * The newsroom dictionary (Edit › Spelling › Newsroom dictionary…): the words every editor of the
 * data folder shares, to add to or remove from. Mounted once by App; opened by the
 * `newsroom-dictionary` menu command.
 */
export function NewsroomDictionaryDialog() {
  const [open, setOpen] = useState(false)
  useEffect(() => onShellCommand('newsroom-dictionary', () => setOpen(true)), [])
  return open ? <DictionaryDialog onClosed={() => setOpen(false)} /> : null
}

function DictionaryDialog({ onClosed }: { onClosed: () => void }) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const id = useId()
  const dialog = useModal()
  const [words, setWords] = useState<string[] | null>(null)
  const [draft, setDraft] = useState('')
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null)

  useEffect(() => {
    send('spelling.words', {})
      .then((result) => setWords(result.words))
      .catch((e: unknown) =>
        setStatus({ text: t('spelling.failed', { message: message(e) }), error: true }),
      )
  }, [t])

  const change = async (method: 'spelling.addWord' | 'spelling.removeWord', word: string) => {
    try {
      const result = await send(method, { word })
      setWords(result.words)
      dictionaryChanged()
      setStatus({
        text: t(method === 'spelling.addWord' ? 'spelling.added' : 'spelling.removed', { word }),
        error: false,
      })
      return true
    } catch (e) {
      setStatus({ text: t('spelling.failed', { message: message(e) }), error: true })
      return false
    }
  }

  return (
    <dialog
      ref={dialog}
      className="newsroom-dictionary-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
    >
      <h2 id={`${id}-title`}>{t('spelling.dialogTitle')}</h2>
      <p className="muted">{t('spelling.dialogIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          const word = draft.trim()
          if (word) void change('spelling.addWord', word).then((ok) => ok && setDraft(''))
        }}
      >
        <label>
          {t('spelling.newWord')}
          <input
            type="text"
            dir="auto"
            maxLength={64}
            value={draft}
            disabled={readOnly}
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        <button className="button primary" type="submit" disabled={readOnly || !draft.trim()}>
          {t('spelling.add')}
        </button>
      </form>
      {words?.length === 0 && <p className="muted">{t('spelling.noWords')}</p>}
      {words && words.length > 0 && (
        <ul aria-label={t('spelling.wordsLabel')}>
          {words.map((word) => (
            <li key={word}>
              <span dir="auto">{word}</span>
              <button
                className="button"
                type="button"
                disabled={readOnly}
                aria-label={t('spelling.remove', { word })}
                onClick={() => void change('spelling.removeWord', word)}
              >
                {t('spelling.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={status?.error ? 'spelling-error' : 'muted'} role="status">
        {status && <p>{status.text}</p>}
      </div>
      <div className="actions">
        <button className="button" type="button" onClick={() => dialog.current?.close()}>
          {t('spelling.close')}
        </button>
      </div>
    </dialog>
  )
}
