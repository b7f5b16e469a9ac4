import type { Language } from '../../shared/settings/settings-schema'
import { useI18n } from '../i18n/i18n'

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSelect({ onChange }: { onChange: (lang: Language) => void }) {
  const { t, lang } = useI18n()
  return (
    <select
      aria-label={t('language')}
      value={lang}
      onChange={(e) => onChange(e.target.value as Language)}
    >
      <option value="ar" lang="ar">
        العربية
      </option>
      <option value="en" lang="en">
        English
      </option>
    </select>
  )
}
