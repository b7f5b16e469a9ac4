import { useId, useMemo, useRef, useState } from 'react'
import { findLinks } from '../../shared/comments/comment-links'
import { useI18n } from '../i18n/i18n'
import { InertText } from './inert-text'
import { textChunks } from './text-chunks'

/** Characters shown before "Show full text": a 1 MB body must not stall the card. */
export const PREVIEW_LENGTH = 20_000

/**
 * A comment's text, inert: React text (markup stays text), wrapped anywhere so a 100,000-letter
 * word cannot widen the card, its direction taken from the text, laid out in blocks
 * ({@link textChunks}) so a megabyte does not freeze the page. Links are listed only when the
 * moderator asks, and only a parsed http(s) address becomes something to click.
 */
export function CommentBody({ body }: { body: string }) {
  const { t, formatNumber } = useI18n()
  const id = useId()
  const [full, setFull] = useState(false)
  const text = useRef<HTMLDivElement>(null)
  const [linksShown, setLinksShown] = useState(false)
  const links = useMemo(() => findLinks(body), [body])
  const cut = !full && body.length > PREVIEW_LENGTH
  const chunks = useMemo(
    () => textChunks(cut ? body.slice(0, PREVIEW_LENGTH).replace(/[\uD800-\uDBFF]$/, '') : body),
    [body, cut],
  )
  return (
    <div className="comment-body-block">
      <div ref={text} className="comment-body" dir="auto" tabIndex={-1}>
        {chunks.map((chunk, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the chunks of one fixed text, in order
          <div key={i} className="body-chunk">
            <InertText text={chunk} />
            {cut && i === chunks.length - 1 && '…'}
          </div>
        ))}
      </div>
      <div className="actions">
        {cut && (
          <>
            <button
              className="button"
              type="button"
              onClick={() => {
                // The button goes away: the focus moves to the text it opened, not to nowhere.
                setFull(true)
                text.current?.focus({ preventScroll: true })
              }}
            >
              {t('comments.showFullText')}
            </button>
            <span className="muted">
              {t('comments.preview', {
                shown: formatNumber(PREVIEW_LENGTH),
                total: formatNumber(body.length),
              })}
            </span>
          </>
        )}
        {links.length > 0 && (
          <button
            className="button"
            type="button"
            aria-expanded={linksShown}
            aria-controls={`${id}-links`}
            onClick={() => setLinksShown((s) => !s)}
          >
            {t('comments.showLinks', { n: links.length })}
          </button>
        )}
      </div>
      {linksShown && (
        <ul id={`${id}-links`} className="comment-links" aria-label={t('comments.links')}>
          {links.map((link, i) =>
            link.href ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same link may appear twice
              <li key={i}>
                <a href={link.href} target="_blank" rel="noopener noreferrer" dir="ltr">
                  {link.href}
                </a>
              </li>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same link may appear twice
              <li key={i}>
                <span dir="ltr" className="dead-link">
                  <InertText text={link.text} />
                </span>{' '}
                <span className="muted">{t('comments.notWebLink')}</span>
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  )
}
