import type { MenuEntry, MenuRole } from '../../shared/shell/menu-model'
import type { ShellCommand } from '../../shared/shell/shell-commands'

/** The part of Electron's MenuItemConstructorOptions the app menu uses. */
export interface NativeMenuItem {
  label?: string
  role?: MenuRole
  type?: 'normal' | 'separator' | 'submenu' | 'radio'
  accelerator?: string
  /** False: the accelerator is shown but the page handles the key (it works in browser mode too). */
  registerAccelerator?: boolean
  enabled?: boolean
  checked?: boolean
  submenu?: NativeMenuItem[]
  click?: () => void
}

/**
 * Turns the shared menu description into Electron's menu template. A command item sends its
 * command to the page (`send`), except those the main process carries out itself (`handled`,
 * e.g. Import…, whose native file dialog lives here). Keys are only displayed: the page already
 * handles each of them, so a key press never runs a command twice.
 */
export function nativeMenuTemplate(
  entries: readonly MenuEntry[],
  send: (command: ShellCommand) => void,
  handled: Partial<Record<ShellCommand['command'], () => void>> = {},
): NativeMenuItem[] {
  return entries.map((entry): NativeMenuItem => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' }
      case 'role':
        return { role: entry.role, label: entry.label }
      case 'submenu':
        return { label: entry.label, submenu: nativeMenuTemplate(entry.items, send, handled) }
      case 'command': {
        const own = handled[entry.command.command]
        const command = entry.command
        return {
          label: entry.label,
          type: entry.checked === undefined ? 'normal' : 'radio',
          enabled: entry.enabled,
          ...(entry.checked === undefined ? {} : { checked: entry.checked }),
          ...(entry.accelerator
            ? { accelerator: entry.accelerator, registerAccelerator: false }
            : {}),
          click: own ?? (() => send(command)),
        }
      }
      default:
        return entry satisfies never
    }
  })
}
