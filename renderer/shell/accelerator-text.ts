/** True on macOS, where Ctrl is shown as ⌘ (CmdOrCtrl means Command there). */
const mac = (): boolean => /Mac/i.test(navigator.platform || navigator.userAgent)

/**
 * An Electron accelerator (`CmdOrCtrl+Shift+Z`) as a person reads it (`Ctrl+Shift+Z`, or ⌘⇧Z on
 * macOS) and as `aria-keyshortcuts` wants it (`Control+Shift+Z`).
 */
export function acceleratorText(accelerator: string): { text: string; aria: string } {
  const parts = accelerator.split('+')
  const onMac = mac()
  const text = parts
    .map((part) => {
      if (part === 'CmdOrCtrl') return onMac ? '⌘' : 'Ctrl'
      if (part === 'Shift' && onMac) return '⇧'
      return part
    })
    .join(onMac ? '' : '+')
  const aria = parts
    .map((part) => (part === 'CmdOrCtrl' ? (onMac ? 'Meta' : 'Control') : part))
    .join('+')
  return { text, aria }
}
