import { useEffect, useId, useState } from 'react'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import type { ArticleSettings } from './article-settings'
import { FeaturedImageField } from './featured-image-field'
import { ScheduledAtField } from './scheduled-at-field'
import { SlugField, type SlugFollowing } from './slug-field'
import type { KnownTag } from './tag-suggestions'
import { TagsField } from './tags-field'

/** The fields another part of the UI can ask the panel to show (the checklist's "fix this"). */
export type SettingsField = 'slug' | 'excerpt' | 'tags' | 'category' | 'byline' | 'scheduledAt'

interface ArticleSettingsPanelProps {
  settings: ArticleSettings
  readOnly: boolean
  /** Called with each change; the editor pane keeps the settings and autosaves them. */
  onChange: (patch: Partial<ArticleSettings>) => void
  onClose: () => void
  /**
   * A field to focus and scroll to, e.g. the one that fixes a failed pre-publish check; done when
   * the panel opens and whenever `focusField` or `focusKey` changes (bump the key to ask again).
   */
  focusField?: SettingsField | null
  focusKey?: number
  /** Lets the slug field show the slug made from the headline while it follows it. */
  slugFollowing?: SlugFollowing | undefined
}

/**
 * The Article settings panel, in the side column where History opens: excerpt, slug, byline,
 * tags (suggested from the other articles' tags), category, the scheduled date and the featured
 * image. Every change is saved by the article's autosave, with the text, so a conflict covers the
 * settings too.
 */
export function ArticleSettingsPanel({
  settings,
  readOnly,
  onChange,
  onClose,
  focusField = null,
  focusKey = 0,
  slugFollowing,
}: ArticleSettingsPanelProps) {
  const { t } = useI18n()
  const id = useId()
  const [knownTags, setKnownTags] = useState<KnownTag[]>([])

  // The newsroom's tags, once per opening: suggestions need not follow every other save.
  useEffect(() => {
    let live = true
    send('articles.tags', {}).then(
      (tags) => live && setKnownTags(tags),
      // Without them the field still works, only without suggestions.
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    // The key is the trigger: asking for the same field again focuses it again.
    void focusKey
    if (!focusField) return
    const field = document.getElementById(`${id}-${focusField}`)
    field?.focus({ preventScroll: true })
    field?.scrollIntoView({ block: 'center' })
  }, [focusField, focusKey, id])

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
        <label htmlFor={`${id}-slug`}>{t('settingsSlug')}</label>
        <SlugField
          id={id}
          settings={settings}
          readOnly={readOnly}
          onChange={onChange}
          following={slugFollowing}
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
        <TagsField
          id={`${id}-tags`}
          tags={settings.tags}
          known={knownTags}
          readOnly={readOnly}
          onChange={(tags) => onChange({ tags })}
        />
        <p id={`${id}-tags-hint`} className="hint">
          {t('tagsHint')} {!readOnly && t('tagSuggestHint')}
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
        <ScheduledAtField
          id={`${id}-scheduledAt`}
          value={settings.scheduledAt}
          readOnly={readOnly}
          onChange={(scheduledAt) => onChange({ scheduledAt })}
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
