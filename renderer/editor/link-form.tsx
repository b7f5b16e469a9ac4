import type { Editor } from '@tiptap/core'
import { type FormEvent, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { isAllowedLink } from './extensions/article-extensions'

/**
 * Edits the link at the selection. An inline form rather than `window.prompt`, which Electron
 * does not implement; only http(s) and mailto addresses are accepted.
 */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useI18n()
  const [href, setHref] = useState<string>(
    () => (editor.getAttributes('link').href as string | undefined) ?? 'https://',
  )
  const [invalid, setInvalid] = useState(false)

  const apply = (event: FormEvent) => {
    event.preventDefault()
    const value = href.trim()
    if (!isAllowedLink(value)) {
      setInvalid(true)
      return
    }
    const chain = editor.chain().focus()
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({
          type: 'text',
          text: value,
          marks: [{ type: 'link', attrs: { href: value } }],
        })
        .run()
    } else {
      chain.extendMarkRange('link').setLink({ href: value }).run()
    }
    onClose()
  }

  return (
    <form className="link-form" onSubmit={apply}>
      <input
        aria-label={t('linkAddress')}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'link-error' : undefined}
        type="url"
        dir="ltr"
        value={href}
        // biome-ignore lint/a11y/noAutofocus: the form opens on purpose to type an address
        autoFocus
        onChange={(e) => {
          setHref(e.target.value)
          setInvalid(false)
        }}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      />
      <button className="button primary" type="submit">
        {t('applyLink')}
      </button>
      {editor.isActive('link') && (
        <button
          className="button"
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run()
            onClose()
          }}
        >
          {t('removeLink')}
        </button>
      )}
      <button className="button" type="button" onClick={onClose}>
        {t('cancel')}
      </button>
      {invalid && (
        <p id="link-error" className="error" role="alert">
          {t('invalidLink')}
        </p>
      )}
    </form>
  )
}
