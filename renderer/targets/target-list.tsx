import { useEffect, useRef } from 'react'
import type { Target } from '../../shared/publish/target-schema'
import { useI18n } from '../i18n/i18n'

interface TargetListProps {
  idPrefix: string
  targets: Target[]
  readOnly: boolean
  testing: boolean
  /** The target whose removal is being confirmed, if any. */
  confirming: string | null
  onTest: (target: Target) => void
  onEdit: (target: Target) => void
  onRemove: (target: Target) => void
  onConfirmRemove: (target: Target) => void
  onKeep: (target: Target) => void
}

/** The id of a target's Edit button, so focus can come back to it when its form closes. */
export const editButtonId = (prefix: string, target: Target) => `${prefix}-edit-${target.id}`
/** The id of a target's Remove button, for focus after "Keep it". */
export const removeButtonId = (prefix: string, target: Target) => `${prefix}-remove-${target.id}`

/**
 * The configured targets: name, kind, where they publish, and their actions. Each button is
 * described by its target's line, so "Edit" says which target it edits. Removing asks first, in
 * place: the question replaces the buttons and "Keep it" takes focus, the safe answer.
 */
export function TargetList({
  idPrefix: id,
  targets,
  readOnly,
  testing,
  confirming,
  onTest,
  onEdit,
  onRemove,
  onConfirmRemove,
  onKeep,
}: TargetListProps) {
  const { t } = useI18n()
  const keep = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (confirming) keep.current?.focus()
  }, [confirming])

  if (targets.length === 0) return <p className="muted">{t('noTargets')}</p>

  return (
    <ul className="target-list" aria-label={t('targetList')}>
      {targets.map((target) => {
        const about = `${id}-about-${target.id}`
        return (
          <li key={target.id}>
            <div id={about} className="target-meta">
              <strong dir="auto">{target.name}</strong>
              <span className={`kind-chip ${target.kind}`}>{t(`targetKind.${target.kind}`)}</span>
              <span className="target-where" dir="ltr">
                {target.kind === 'folder' ? target.dir : target.url}
              </span>
              {target.kind === 'wordpress' && (
                <span className="target-user">{t('targetUserLine', { user: target.user })}</span>
              )}
            </div>
            {confirming === target.id ? (
              <fieldset className="target-confirm">
                <legend>{t('confirmRemoveTarget', { name: target.name })}</legend>
                <div className="actions">
                  <button
                    className="button danger-solid"
                    type="button"
                    onClick={() => onConfirmRemove(target)}
                  >
                    {t('removeTarget')}
                  </button>
                  <button
                    ref={keep}
                    className="button"
                    type="button"
                    onClick={() => onKeep(target)}
                  >
                    {t('keepTarget')}
                  </button>
                </div>
              </fieldset>
            ) : (
              <div className="actions">
                <button
                  className="button"
                  type="button"
                  aria-describedby={about}
                  disabled={testing}
                  onClick={() => onTest(target)}
                >
                  {t('testConnection')}
                </button>
                <button
                  id={editButtonId(id, target)}
                  className="button"
                  type="button"
                  aria-describedby={about}
                  disabled={readOnly}
                  onClick={() => onEdit(target)}
                >
                  {t('editTarget')}
                </button>
                <button
                  id={removeButtonId(id, target)}
                  className="button"
                  type="button"
                  aria-describedby={about}
                  disabled={readOnly}
                  onClick={() => onRemove(target)}
                >
                  {t('removeTarget')}
                </button>
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
