import { type KeyboardEvent, useMemo, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { formatTags, parseTags } from './article-settings'
import { type KnownTag, pickTag, suggestTags } from './tag-suggestions'

interface TagsFieldProps {
  /** The input's id (the panel focuses it by id); the list of suggestions is `${id}-list`. */
  id: string
  tags: string[]
  /** Tags used across the newsroom, loaded once when the panel opens. */
  known: readonly KnownTag[]
  readOnly: boolean
  onChange: (tags: string[]) => void
}

/**
 * The tags field: comma-separated text, with the tags of other articles suggested for the one
 * being typed. It follows the ARIA combobox pattern (list autocomplete): ↓ and ↑ move through the
 * suggestions while focus stays in the text, Enter adds the one chosen, Escape closes the list.
 * A click works too. The chosen tag replaces what was typed of it, followed by a comma.
 */
export function TagsField({ id, tags, known, readOnly, onChange }: TagsFieldProps) {
  const { t, lang } = useI18n()
  // What is typed, kept as typed (a trailing comma included) while the panel is open.
  const [text, setText] = useState(() => formatTags(tags, lang))
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const suggestions = useMemo(() => suggestTags(known, text), [known, text])
  const expanded = open && !readOnly && suggestions.length > 0
  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-option-${i}`

  const update = (next: string) => {
    setText(next)
    const parsed = parseTags(next)
    if (parsed.join('\n') !== tags.join('\n')) onChange(parsed)
  }

  const pick = (tag: string) => {
    update(pickTag(text, tag, lang))
    setOpen(false)
    setActive(-1)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!expanded) {
        setOpen(true)
        setActive(e.key === 'ArrowDown' ? 0 : suggestions.length - 1)
        return
      }
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i + step + suggestions.length) % suggestions.length)
    } else if (e.key === 'Enter' && expanded && suggestions[active]) {
      e.preventDefault()
      pick(suggestions[active])
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault()
      e.stopPropagation()
      setOpen(false)
      setActive(-1)
    }
  }

  return (
    <div className="tags-combobox">
      <input
        id={id}
        type="text"
        dir="auto"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        readOnly={readOnly}
        value={text}
        onChange={(e) => {
          update(e.target.value)
          // Typing shows what fits the new text; nothing is chosen until ↓ is pressed.
          setOpen(e.target.value.trim() !== '')
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={listId} role="listbox" aria-label={t('tagSuggestions')} hidden={!expanded}>
        {expanded &&
          suggestions.map((tag, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the combobox's (↓ ↑ Enter on the text field, aria-activedescendant)
            <div
              key={tag}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              dir="auto"
              // The text keeps focus: pressing the option must not blur it (which would close
              // the list before the click lands).
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(tag)}
            >
              {tag}
            </div>
          ))}
      </div>
    </div>
  )
}
