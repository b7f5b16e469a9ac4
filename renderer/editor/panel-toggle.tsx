import type { ReactNode } from 'react'

interface PanelToggleProps {
  /** Whether the side panel it opens is showing. */
  open: boolean
  /** The id of that panel. */
  controls: string
  onToggle: () => void
  /** A name other than the text shown, when the text alone would be ambiguous. */
  label?: string
  children: ReactNode
}

/**
 * A button above the editor that opens and closes one of the side column's panels (History,
 * Article settings, Publish), saying which panel it controls and whether it is open.
 */
export function PanelToggle({ open, controls, onToggle, label, children }: PanelToggleProps) {
  return (
    <button
      className="button"
      type="button"
      aria-label={label}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children}
    </button>
  )
}
