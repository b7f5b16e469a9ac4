import { useEffect, useRef } from 'react'

/** What the moderation view's single-key shortcuts do. */
export interface ModerationKeyHandlers {
  next: () => void
  previous: () => void
  approve: () => void
  spam: () => void
  trash: () => void
  undo: () => void
  reply: () => void
  toggleSelection: () => void
  /** 0–3: Pending, Approved, Spam, Trash. */
  queue: (index: number) => void
  help: () => void
}

const LETTERS: Record<string, keyof ModerationKeyHandlers> = {
  j: 'next',
  k: 'previous',
  a: 'approve',
  s: 'spam',
  d: 'trash',
  u: 'undo',
  r: 'reply',
  x: 'toggleSelection',
}

/** True when keys typed now are text: a text box, a text area, a select, an editor. */
function typingIn(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true
  if (element instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(element.type)
  return element instanceof HTMLElement && element.isContentEditable
}

/** The letter a key stands for: the key itself when Latin, else its place (an Arabic layout). */
function letterOf(event: KeyboardEvent): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase()
  const place = /^Key([A-Z])$/.exec(event.code)
  return place?.[1]?.toLowerCase() ?? null
}

/** 0–3 for the keys 1–4 (Western or Arabic-Indic digits, main row or keypad), else null. */
function queueOf(event: KeyboardEvent): number | null {
  const digit = '1234'.indexOf(event.key) + 1 || '١٢٣٤'.indexOf(event.key) + 1
  if (digit) return digit - 1
  const place = /^(?:Digit|Numpad)([1-4])$/.exec(event.code)
  return place ? Number(place[1]) - 1 : null
}

/**
 * Gmail-style single keys for the moderation view: j/k move, a/s/d act, u undoes, r replies,
 * x selects, 1–4 switch queue, ? lists them. Only while `active`, never while typing or while a
 * dialog is open, and never with Ctrl, Alt or ⌘ (those belong to the app and the browser).
 */
export function useModerationKeys(active: boolean, handlers: ModerationKeyHandlers): void {
  const ref = useRef(handlers)
  ref.current = handlers
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (typingIn(document.activeElement) || document.querySelector('dialog[open]')) return
      let run: (() => void) | undefined
      if (event.key === '?' || (event.code === 'Slash' && event.shiftKey)) run = ref.current.help
      else if (!event.shiftKey) {
        const queue = queueOf(event)
        const letter = letterOf(event)
        if (queue !== null) run = () => ref.current.queue(queue)
        else if (letter && LETTERS[letter]) {
          const name = LETTERS[letter]
          run = () => (ref.current[name] as () => void)()
        }
      }
      if (!run) return
      event.preventDefault()
      run()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [active])
}
