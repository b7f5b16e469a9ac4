import type { Editor } from '@tiptap/core'
import { type FormEvent, useState } from 'react'
import { isAllowedLink } from '../../shared/editor/schema-extensions'
import { useI18n } from '../i18n/i18n'

/**
 * Edits the link at the selection. An inline form rather than `window.prompt`, which Electron
 * does not implement; only http(s) and mailto addresses are accepted.
 */
/**
 * "example.com/page" means https://example.com/page and "desk@example.com" a mailto: link; an
 * address that has a scheme is left alone (and then checked).
 */
export function withScheme(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`
  return /^[^\s/]+\.[^\s/]+/.test(value) ? `https://${value}` : value
}

export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useI18n()
  const [href, setHref] = useState<string>(
    () => (editor.getAttributes('link').href as string | undefined) ?? 'https://',
  )
  const [invalid, setInvalid] = useState(false)

  const close = () => {
    onClose()
    editor.commands.focus()
  }

  const apply = (event: FormEvent) => {
    event.preventDefault()
    const value = withScheme(href.trim())
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
        type="text"
        inputMode="url"
        dir="ltr"
        value={href}
        // biome-ignore lint/a11y/noAutofocus: the form opens on purpose to type an address
        autoFocus
        onChange={(e) => {
          setHref(e.target.value)
          setInvalid(false)
        }}
        onKeyDown={(e) => e.key === 'Escape' && close()}
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
      <button className="button" type="button" onClick={close}>
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
