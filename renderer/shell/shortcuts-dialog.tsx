import { useId } from 'react'
import { inLanguage, shortcutGroups } from '../../shared/shell/shortcuts'
import { useModal } from '../comments/use-modal'
import { useI18n } from '../i18n/i18n'

/**
 * Help › Keyboard shortcuts (Ctrl+/): every shortcut, grouped, from the one list the README's
 * table is checked against. Keys are shown left to right in both languages, as printed on keys.
 */
export function ShortcutsDialog({ onClosed }: { onClosed: () => void }) {
  const { t, lang } = useI18n()
  const id = useId()
  const dialog = useModal()
  return (
    <dialog
      ref={dialog}
      className="shell-dialog shortcuts-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
    >
      <h2 id={`${id}-title`}>{t('shell.shortcutsTitle')}</h2>
      <p className="muted">{t('shell.shortcutsIntro')}</p>
      {shortcutGroups.map((group) => (
        <table key={group.en} className="shortcuts-table">
          <caption>{inLanguage(group, lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shell.keys')}</th>
              <th scope="col">{t('shell.action')}</th>
            </tr>
          </thead>
          <tbody>
            {group.shortcuts.map((shortcut) => (
              <tr key={shortcut.en}>
                <td>
                  <span dir="ltr" className="shortcut-keys">
                    {shortcut.keys.map((key, index) => (
                      <span key={`${key}-${index.toString()}`}>
                        {index > 0 && key !== '–' && shortcut.keys[index - 1] !== '–' ? '+' : ''}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </span>
                </td>
                <td>{inLanguage(shortcut, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <form method="dialog" className="actions">
        <button className="button primary" type="submit">
          {t('shell.close')}
        </button>
      </form>
    </dialog>
  )
}
