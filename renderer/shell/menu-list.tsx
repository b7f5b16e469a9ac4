import { useEffect, useRef, useState } from 'react'
import type { MenuEntry } from '../../shared/shell/menu-model'
import { acceleratorText } from './accelerator-text'

type Command = Extract<MenuEntry, { kind: 'command' }>

/** How a menu closed: Escape or the outward arrow, Tab, or the arrows that move along the bar. */
export type MenuClose = 'escape' | 'tab' | 'next' | 'previous'

interface MenuListProps {
  items: readonly MenuEntry[]
  label: string
  autoFocus: boolean
  /** The arrow key that opens a submenu (ArrowLeft in Arabic), and the one that closes it. */
  inward: string
  outward: string
  onCommand: (entry: Command) => void
  onClose: (how: MenuClose) => void
  /** A submenu: its outward arrow closes it alone, not the whole menu. */
  nested?: boolean
}

/**
 * One open menu (role="menu"): commands, radio choices (menuitemradio), separators and submenus,
 * with roving focus: ↑/↓ move (wrapping), Home/End, Enter or Space choose, the inward arrow opens
 * a submenu. Disabled items stay focusable (aria-disabled) so a screen reader can find them.
 */
export function MenuList(props: MenuListProps) {
  const { items, inward, outward, nested = false } = props
  const focusable = items.flatMap((entry, index) => (entry.kind === 'separator' ? [] : [index]))
  const [focused, setFocused] = useState(focusable[0] ?? 0)
  const [openSub, setOpenSub] = useState<number | null>(null)
  const refs = useRef<(HTMLElement | null)[]>([])

  const first = focusable[0] ?? 0
  const autoFocus = props.autoFocus
  // On opening only: the first item takes focus.
  useEffect(() => {
    if (autoFocus) refs.current[first]?.focus()
  }, [autoFocus, first])

  const move = (to: number) => {
    setFocused(to)
    refs.current[to]?.focus()
  }
  const step = (delta: number) => {
    const at = focusable.indexOf(focused)
    move(focusable[(at + delta + focusable.length) % focusable.length] ?? focused)
  }

  const onKeyDown = (event: React.KeyboardEvent, entry: MenuEntry, index: number) => {
    const key = event.key
    const handled = () => {
      event.preventDefault()
      event.stopPropagation()
    }
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      handled()
      step(key === 'ArrowDown' ? 1 : -1)
    } else if (key === 'Home' || key === 'End') {
      handled()
      move((key === 'Home' ? focusable[0] : focusable.at(-1)) ?? index)
    } else if (key === 'Escape') {
      handled()
      props.onClose('escape')
    } else if (key === 'Tab') {
      props.onClose('tab')
    } else if (key === inward || key === 'Enter' || key === ' ') {
      handled()
      if (entry.kind === 'submenu') setOpenSub(index)
      else if (key !== inward && entry.kind === 'command') props.onCommand(entry)
      else if (key === inward && !nested) props.onClose('next')
    } else if (key === outward) {
      handled()
      props.onClose(nested ? 'escape' : 'previous')
    }
  }

  return (
    <div className="menu-list" role="menu" aria-label={props.label}>
      {items.map((entry, index) => {
        if (entry.kind === 'separator') {
          // biome-ignore lint/suspicious/noArrayIndexKey: separators have no identity of their own
          return <hr key={`separator-${index}`} className="menu-separator" />
        }
        if (entry.kind === 'role') return null
        const common = {
          ref: (element: HTMLElement | null) => {
            refs.current[index] = element
          },
          tabIndex: -1,
          onKeyDown: (event: React.KeyboardEvent) => onKeyDown(event, entry, index),
          onFocus: () => setFocused(index),
        }
        if (entry.kind === 'submenu') {
          return (
            <div className="menu-sub" key={entry.id}>
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                aria-haspopup="menu"
                aria-expanded={openSub === index}
                onClick={() => setOpenSub(index)}
                onPointerEnter={() => setOpenSub(index)}
                {...common}
              >
                <span className="menu-item-label">{entry.label}</span>
                <span className="menu-item-more" aria-hidden="true">
                  ›
                </span>
              </button>
              {openSub === index && (
                <MenuList
                  items={entry.items}
                  label={entry.label}
                  autoFocus
                  inward={inward}
                  outward={outward}
                  nested
                  onCommand={props.onCommand}
                  onClose={(how) => {
                    setOpenSub(null)
                    if (how === 'escape') refs.current[index]?.focus()
                    else props.onClose(how)
                  }}
                />
              )}
            </div>
          )
        }
        const shortcut = entry.accelerator ? acceleratorText(entry.accelerator) : undefined
        const inner = (
          <>
            <span className="menu-item-check" aria-hidden="true">
              {entry.checked ? '●' : ''}
            </span>
            <span className="menu-item-label">{entry.label}</span>
            {shortcut && (
              <kbd className="menu-item-keys" dir="ltr">
                {shortcut.text}
              </kbd>
            )}
          </>
        )
        const item = {
          type: 'button' as const,
          className: 'menu-item',
          'aria-disabled': !entry.enabled || undefined,
          'aria-keyshortcuts': shortcut?.aria,
          onClick: () => props.onCommand(entry),
          onPointerEnter: () => setOpenSub(null),
          ...common,
        }
        return entry.checked === undefined ? (
          <button key={entry.id} role="menuitem" {...item}>
            {inner}
          </button>
        ) : (
          <button key={entry.id} role="menuitemradio" aria-checked={entry.checked} {...item}>
            {inner}
          </button>
        )
      })}
    </div>
  )
}
