import { useEffect, useReducer } from 'react'
import type { Article } from '../../shared/articles/article-schema'
import { wentOut } from '../../shared/slugs/slug-policy'
import { useI18n } from '../i18n/i18n'
import type { EditSignal } from '../publish/edit-signal'
import type { ArticleSettings } from './article-settings'
import type { SlugFollower } from './use-slug-following'

/** What the slug field needs to show the slug that follows the headline as it is typed. */
export interface SlugFollowing {
  follower: SlugFollower
  /** The headline as it is now in the editor. */
  title: () => string
  /** Every edit of the article (the headline's included). */
  edits: EditSignal
  /** The article as last stored: whether it went out decides what "Make from headline" does. */
  article: Article | null
}

interface SlugFieldProps {
  id: string
  settings: ArticleSettings
  readOnly: boolean
  onChange: (patch: Partial<ArticleSettings>) => void
  following?: SlugFollowing | undefined
}

/** Re-renders on every edit and whenever the follower learns the other slugs or the style. */
function useFollowingUpdates(following: SlugFollowing | undefined): void {
  const [, bump] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (!following) return
    const stopEdits = following.edits.subscribe(bump)
    const stopFollower = following.follower.subscribe(bump)
    return () => {
      stopEdits()
      stopFollower()
    }
  }, [following])
}

/**
 * The slug: the one that will be saved (made from the headline while it follows it), a hint
 * saying so, its percent-encoded form when it has Arabic letters (what the address will show
 * when copied), and "Make from headline" to go back to following — or, once the article went
 * out, to remake it once after a warning, since the old address then stops working.
 */
export function SlugField({ id, settings, readOnly, onChange, following }: SlugFieldProps) {
  const { t } = useI18n()
  useFollowingUpdates(following)
  const follows = following?.follower.follows(settings) ?? false
  const shown =
    following && follows ? following.follower(settings, following.title()).slug : settings.slug
  const published = following?.article ? wentOut(following.article) : false
  const fromTitle = following && !follows ? following.follower.make(following.title()) : ''
  const remake = () => {
    if (!published) return onChange({ slugAuto: true })
    if (!window.confirm(t('slugRemakeConfirm', { slug: settings.slug }))) return
    onChange({ slug: fromTitle, slugAuto: false })
  }
  const encoded = encodeURIComponent(shown)
  return (
    <>
      <input
        id={`${id}-slug`}
        type="text"
        dir="ltr"
        maxLength={200}
        readOnly={readOnly}
        aria-describedby={`${id}-slug-hint`}
        value={shown}
        onChange={(e) => onChange({ slug: e.target.value, slugAuto: false })}
      />
      <div id={`${id}-slug-hint`}>
        <p className="hint">{t('slugHint')}</p>
        {follows && <p className="hint">{t('slugFollows')}</p>}
        {published && <p className="hint">{t('slugFrozen')}</p>}
        {encoded !== shown && (
          <p className="hint" style={{ overflowWrap: 'anywhere' }}>
            {t('slugInAddress')} <code dir="ltr">{encoded}</code>
          </p>
        )}
      </div>
      {!readOnly && fromTitle && fromTitle !== settings.slug && (
        <button className="button" type="button" onClick={remake}>
          {t('slugFromHeadline')}
        </button>
      )}
    </>
  )
}
