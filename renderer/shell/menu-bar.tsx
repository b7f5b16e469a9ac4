import { useEffect, useRef, useState } from 'react'
import type { MenuEntry } from '../../shared/shell/menu-model'
import { useI18n } from '../i18n/i18n'
import { runShellCommand } from './command-bus'
import { MenuList } from './menu-list'

type Submenu = Extract<MenuEntry, { kind: 'submenu' }>

/**
 * Browser mode's application menu: File, Edit, View and Help as a WAI-ARIA menu bar, drawn from
 * the same description as the desktop app's native menu (shared/shell/menu-model.ts). F10 moves
 * focus to it; the arrow keys follow the reading direction (in Arabic, ← is "next"); Escape
 * closes a menu and then leaves the bar, giving focus back to where it was.
 */
export function MenuBar({ menus }: { menus: readonly MenuEntry[] }) {
  const { t, lang } = useI18n()
  const tops = menus.filter((entry): entry is Submenu => entry.kind === 'submenu')
  const [open, setOpen] = useState<number | null>(null)
  const [active, setActive] = useState(0)
  const bar = useRef<HTMLDivElement>(null)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  /** Where focus was before the menu bar took it, to give it back. */
  const returnTo = useRef<HTMLElement | null>(null)
  const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight'
  const previous = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft'

  const focusTop = (index: number) => {
    const wrapped = (index + tops.length) % tops.length
    setActive(wrapped)
    buttons.current[wrapped]?.focus()
    return wrapped
  }

  const leave = () => {
    setOpen(null)
    const target = returnTo.current
    returnTo.current = null
    if (target?.isConnected) target.focus()
    else buttons.current[active]?.blur()
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F10' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey)
        return
      event.preventDefault()
      if (bar.current?.contains(document.activeElement)) return leave()
      returnTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null
      focusTop(0)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  useEffect(() => {
    if (open === null) return
    const onPointer = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const activate = (entry: Extract<MenuEntry, { kind: 'command' }>) => {
    if (!entry.enabled) return
    leave()
    runShellCommand(entry.command)
  }

  return (
    <div
      ref={bar}
      className="menu-bar"
      role="menubar"
      aria-label={t('shell.menuBar')}
      onFocus={(event) => {
        if (!returnTo.current && !bar.current?.contains(event.relatedTarget as Node | null))
          returnTo.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null
      }}
    >
      {tops.map((menu, index) => (
        <div className="menu-bar-top" key={menu.id}>
          <button
            ref={(element) => {
              buttons.current[index] = element
            }}
            type="button"
            role="menuitem"
            className="menu-bar-button"
            aria-haspopup="menu"
            aria-expanded={open === index}
            tabIndex={index === active ? 0 : -1}
            onClick={() => {
              setActive(index)
              setOpen(open === index ? null : index)
            }}
            onPointerEnter={() => {
              if (open !== null && open !== index) {
                setOpen(index)
                focusTop(index)
              }
            }}
            onKeyDown={(event) => {
              const key = event.key
              if (key === next || key === previous) {
                event.preventDefault()
                const moved = focusTop(index + (key === next ? 1 : -1))
                if (open !== null) setOpen(moved)
              } else if (key === 'Home' || key === 'End') {
                event.preventDefault()
                focusTop(key === 'Home' ? 0 : tops.length - 1)
              } else if (key === 'ArrowDown' || key === 'Enter' || key === ' ') {
                event.preventDefault()
                setOpen(index)
              } else if (key === 'Escape') {
                event.preventDefault()
                leave()
              }
            }}
          >
            {menu.label}
          </button>
          {open === index && (
            <MenuList
              items={menu.items}
              label={menu.label}
              autoFocus
              inward={next}
              outward={previous}
              onCommand={activate}
              onClose={(how) => {
                setOpen(null)
                if (how === 'tab') return
                if (how === 'next' || how === 'previous') {
                  const moved = focusTop(index + (how === 'next' ? 1 : -1))
                  setOpen(moved)
                } else buttons.current[index]?.focus()
              }}
            />
          )}
        </div>
      ))}
    </div>
  )
}
