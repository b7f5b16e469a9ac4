import type { CheckId, CheckItem } from '../../shared/publish/pre-publish-checks'
import { useI18n } from '../i18n/i18n'
import { checkState, checkText } from './check-text'

/** The sign of each state: a shape as well as a colour, so colour is never the only cue. */
const icons = { pass: '✓', fail: '✗', warn: '!' } as const

interface ChecklistProps {
  items: readonly CheckItem[]
  /** The slug being checked, quoted in the slug item. */
  slug: string
  /** Moves to the field (or screen) that fixes an item. */
  onJump: (id: CheckId) => void
}

/**
 * The pre-publish checklist: each item with its state (as a sign and in words for screen
 * readers), what is wrong, and a button that goes to the field that fixes it.
 */
export function Checklist({ items, slug, onJump }: ChecklistProps) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <ul className="checklist" aria-label={t('prePublishChecks')}>
      {items.map((item) => {
        const state = checkState(item)
        return (
          <li key={item.id} className={`check ${state}`}>
            <span className="check-icon" aria-hidden="true">
              {icons[state]}
            </span>
            <span className="check-text">
              <span className="check-state">{t(`checkState.${state}`)}</span>{' '}
              <span>{checkText(item, slug, i18n)}</span>
            </span>
            {!item.ok && (
              <button className="link-button" type="button" onClick={() => onJump(item.id)}>
                {t(`fix.${item.id}`)}
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
