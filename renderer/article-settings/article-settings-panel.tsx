import { useId, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { type ArticleSettings, formatTags, parseTags } from './article-settings'
import { FeaturedImageField } from './featured-image-field'

interface ArticleSettingsPanelProps {
  settings: ArticleSettings
  readOnly: boolean
  /** Called with each change; the editor pane keeps the settings and autosaves them. */
  onChange: (patch: Partial<ArticleSettings>) => void
  onClose: () => void
}

/**
 * The Article settings panel, in the side column where History opens: excerpt, slug, byline,
 * tags, category and the featured image. Every change is saved by the article's autosave, with
 * the text, so a conflict covers the settings too.
 */
export function ArticleSettingsPanel({
  settings,
  readOnly,
  onChange,
  onClose,
}: ArticleSettingsPanelProps) {
  const { t, lang } = useI18n()
  const id = useId()
  // What is typed in the tags field, kept as typed (a trailing comma included) while it is open.
  const [tagText, setTagText] = useState(() => formatTags(settings.tags, lang))

  return (
    <aside
      id="article-settings-panel"
      className="side-panel settings-panel"
      aria-label={t('articleSettings')}
    >
      <div className="history-header">
        <h2>{t('articleSettings')}</h2>
        <button className="button" type="button" onClick={onClose}>
          {t('closeArticleSettings')}
        </button>
      </div>
      <div className="settings-fields">
        <label htmlFor={`${id}-excerpt`}>{t('excerpt')}</label>
        <textarea
          id={`${id}-excerpt`}
          dir="auto"
          rows={3}
          maxLength={2_000}
          readOnly={readOnly}
          value={settings.excerpt}
          onChange={(e) => onChange({ excerpt: e.target.value })}
        />
        <label htmlFor={`${id}-slug`}>{t('slug')}</label>
        <input
          id={`${id}-slug`}
          type="text"
          dir="ltr"
          maxLength={200}
          readOnly={readOnly}
          value={settings.slug}
          onChange={(e) => onChange({ slug: e.target.value })}
        />
        <label htmlFor={`${id}-byline`}>{t('byline')}</label>
        <input
          id={`${id}-byline`}
          type="text"
          dir="auto"
          maxLength={200}
          readOnly={readOnly}
          value={settings.byline}
          onChange={(e) => onChange({ byline: e.target.value })}
        />
        <label htmlFor={`${id}-tags`}>{t('tags')}</label>
        <input
          id={`${id}-tags`}
          type="text"
          dir="auto"
          aria-describedby={`${id}-tags-hint`}
          readOnly={readOnly}
          value={tagText}
          onChange={(e) => {
            setTagText(e.target.value)
            const tags = parseTags(e.target.value)
            if (tags.join('\n') !== settings.tags.join('\n')) onChange({ tags })
          }}
        />
        <p id={`${id}-tags-hint`} className="hint">
          {t('tagsHint')}
        </p>
        {settings.tags.length > 0 && (
          <ul className="tag-chips" aria-label={t('tagList')}>
            {settings.tags.map((tag) => (
              <li key={tag} dir="auto">
                {tag}
              </li>
            ))}
          </ul>
        )}
        <label htmlFor={`${id}-category`}>{t('category')}</label>
        <input
          id={`${id}-category`}
          type="text"
          dir="auto"
          maxLength={100}
          readOnly={readOnly}
          value={settings.category}
          onChange={(e) => onChange({ category: e.target.value })}
        />
        <FeaturedImageField
          value={settings.featuredImage}
          readOnly={readOnly}
          onChange={(featuredImage) => onChange({ featuredImage })}
        />
      </div>
    </aside>
  )
}
