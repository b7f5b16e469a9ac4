import { type ReactNode, useRef } from 'react'
import { IMAGE_ACCEPT } from './image-upload'

interface ImageFileButtonProps {
  /** The button's accessible name. */
  label: string
  title?: string
  className?: string
  disabled?: boolean
  onFile: (file: File) => void
  children: ReactNode
}

/**
 * A button that opens the system's file picker for an image. The real `<input type="file">` is
 * hidden and out of the tab order, so keyboard and screen-reader users meet one named button.
 */
export function ImageFileButton({
  label,
  title,
  className,
  disabled,
  onFile,
  children,
}: ImageFileButtonProps) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={label}
        title={title ?? label}
        disabled={disabled}
        // Keep the editor's selection: the image goes where the cursor was.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => input.current?.click()}
      >
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMAGE_ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
