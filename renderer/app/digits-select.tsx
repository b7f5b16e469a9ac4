import type { Digits } from '../../shared/settings/settings-schema'
import { useI18n } from '../i18n/i18n'

/**
 * The house digits setting: how dates Midad writes itself (an exported article's date) show
 * their digits. Each option shows its digits, so it reads the same in either UI language.
 */
export function DigitsSelect({
  value,
  onChange,
}: {
  value: Digits
  onChange: (digits: Digits) => void
}) {
  const { t } = useI18n()
  return (
    <select
      aria-label={t('digits')}
      title={t('digits')}
      value={value}
      onChange={(e) => onChange(e.target.value as Digits)}
    >
      <option value="arabic">{t('digits.arabic')}</option>
      <option value="western">{t('digits.western')}</option>
    </select>
  )
}
