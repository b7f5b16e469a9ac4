import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { type ReactNode, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import { ImageFileButton } from './image-file-button'
import { LinkForm } from './link-form'

interface ToolButtonProps {
  label: MessageId
  /** Shown in the tooltip, e.g. "Ctrl+B". */
  shortcut?: string
  pressed?: boolean
  disabled?: boolean
  onClick: () => void
  children: ReactNode
}

function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ToolButtonProps) {
  const { t } = useI18n()
  const name = t(label)
  return (
    <button
      type="button"
      aria-label={name}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      title={shortcut ? `${name} (${shortcut})` : name}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the selection in the editor when a button is clicked.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  )
}

interface ToolbarProps {
  editor: Editor
  /** An image file picked with the Image button. */
  onImageFile: (file: File) => void
}

/**
 * The formatting toolbar. It re-renders only when the active marks/blocks change, through
 * `useEditorState`, never on every keystroke.
 */
export function Toolbar({ editor, onImageFile }: ToolbarProps) {
  const { t } = useI18n()
  const [linkOpen, setLinkOpen] = useState(false)
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  })
  const run = () => editor.chain().focus()
  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('formatting')}>
        <ToolButton
          label="paragraph"
          pressed={s.paragraph}
          onClick={() => run().setParagraph().run()}
        >
          ¶
        </ToolButton>
        <ToolButton
          label="heading2"
          pressed={s.h2}
          onClick={() => run().toggleHeading({ level: 2 }).run()}
        >
          H2
        </ToolButton>
        <ToolButton
          label="heading3"
          pressed={s.h3}
          onClick={() => run().toggleHeading({ level: 3 }).run()}
        >
          H3
        </ToolButton>
        <span className="separator" />
        <ToolButton
          label="bold"
          shortcut="Ctrl+B"
          pressed={s.bold}
          onClick={() => run().toggleBold().run()}
        >
          <b>B</b>
        </ToolButton>
        <ToolButton
          label="italic"
          shortcut="Ctrl+I"
          pressed={s.italic}
          onClick={() => run().toggleItalic().run()}
        >
          <i>I</i>
        </ToolButton>
        <ToolButton
          label="underline"
          pressed={s.underline}
          onClick={() => run().toggleUnderline().run()}
        >
          <u>U</u>
        </ToolButton>
        <ToolButton
          label="link"
          pressed={s.link || linkOpen}
          onClick={() => setLinkOpen((open) => !open)}
        >
          <svg
            viewBox="0 0 24 24"
            width="18"
            height="18"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
          </svg>
        </ToolButton>
        <ImageFileButton label={t('image')} title={t('imageHint')} onFile={onImageFile}>
          <svg
            viewBox="0 0 24 24"
            width="18"
            height="18"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <rect x="3" y="4" width="18" height="16" rx="2" />
            <circle cx="9" cy="10" r="2" />
            <path d="m21 17-5-5-9 8" />
          </svg>
        </ImageFileButton>
        <span className="separator" />
        <ToolButton
          label="bulletList"
          pressed={s.bulletList}
          onClick={() => run().toggleBulletList().run()}
        >
          <span dir="ltr">•≡</span>
        </ToolButton>
        <ToolButton
          label="orderedList"
          pressed={s.orderedList}
          onClick={() => run().toggleOrderedList().run()}
        >
          <span dir="ltr">1.≡</span>
        </ToolButton>
        <ToolButton
          label="blockquote"
          pressed={s.blockquote}
          onClick={() => run().toggleBlockquote().run()}
        >
          ❝
        </ToolButton>
        <span className="separator" />
        <ToolButton
          label="undo"
          shortcut="Ctrl+Z"
          disabled={!s.canUndo}
          onClick={() => run().undo().run()}
        >
          ↶
        </ToolButton>
        <ToolButton
          label="redo"
          shortcut="Ctrl+Shift+Z"
          disabled={!s.canRedo}
          onClick={() => run().redo().run()}
        >
          ↷
        </ToolButton>
      </div>
      {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
    </>
  )
}
