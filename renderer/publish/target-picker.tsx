import { useId } from 'react'
import type { Target } from '../../shared/publish/target-schema'
import { useI18n } from '../i18n/i18n'

interface TargetPickerProps {
  targets: readonly Target[]
  value: string | undefined
  onChange: (id: string) => void
}

/**
 * Which target the panel publishes to; with none, a line that says so (the checklist's target
 * item then fails and offers the Targets screen).
 */
export function TargetPicker({ targets, value, onChange }: TargetPickerProps) {
  const { t } = useI18n()
  const id = useId()
  if (targets.length === 0) return <p className="muted">{t('noTargetsYet')}</p>
  return (
    <div className="publish-target">
      <label htmlFor={id}>{t('publishTarget')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.name}
          </option>
        ))}
      </select>
    </div>
  )
}
