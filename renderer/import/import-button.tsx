import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import type { ImportResult } from '../../shared/import/import-contract'
import { type I18n, useI18n } from '../i18n/i18n'
import { onShellCommand } from '../shell/command-bus'
import { IMPORT_ACCEPT, importFiles, isImageFile } from './import-files'
import { setImportState, useImportState } from './import-state'

export interface ImportProps {
  /** A file became a draft: the workspace opens it and shows what the clean-up removed. */
  onImported: (result: ImportResult) => void
  disabled: boolean
}

/**
 * The header's "Import…" button: picks a text, HTML, Markdown or Word file and imports it as a
 * new draft (see `importFiles`). It also draws, once for the whole window, the drop overlay of
 * {@link useImportDrop} and the banner saying why an import failed.
 */
export function ImportButton(props: ImportProps) {
  const i18n = useI18n()
  const { t } = i18n
  const { dragging, busy, banner } = useImportState()
  const input = useRef<HTMLInputElement>(null)
  const latest = useRef({ props, i18n })
  latest.current = { props, i18n }
  // File › Import… (and Ctrl+O): the picker here; in the desktop app the native dialog's file.
  useEffect(() => {
    const stops = [
      onShellCommand('import', () => {
        if (!latest.current.props.disabled) input.current?.click()
      }),
      onShellCommand('import-file', ({ fileName, dataBase64 }) => {
        const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))
        const { props: current, i18n: words } = latest.current
        if (!current.disabled) void importFiles([new File([bytes], fileName)], current, words)
      }),
    ]
    return () => {
      for (const stop of stops) stop()
    }
  }, [])
  return (
    <>
      <button
        className="button"
        type="button"
        title={t('importHint')}
        disabled={props.disabled || busy > 0}
        aria-busy={busy > 0}
        onClick={() => input.current?.click()}
      >
        {t('importFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        tabIndex={-1}
        aria-label={t('importFile')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          event.target.value = ''
          if (files.length) void importFiles(files, props, i18n)
        }}
      />
      {createPortal(
        <>
          {banner && (
            <div
              className={`banner import-banner ${banner.kind}`}
              role={banner.kind === 'error' ? 'alert' : 'status'}
            >
              <p className="import-banner-text">{banner.text}</p>
              <button
                className="button"
                type="button"
                onClick={() => setImportState({ banner: null })}
              >
                {t('dismiss')}
              </button>
            </div>
          )}
          {dragging && !props.disabled && (
            <div className="import-drop-overlay">
              <p className="import-drop-title">{t('importDropHere')}</p>
              <p>{t('importDropHint')}</p>
            </div>
          )}
        </>,
        document.body,
      )}
    </>
  )
}

/** The editor body: images dropped there are the body's own (the ImageFiles extension). */
const inBody = (event: DragEvent): boolean =>
  event.target instanceof Element && event.target.closest('.ProseMirror') !== null

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false

/** While dragging, only the items' types are known: are they all images? */
const onlyImagesDragged = (event: DragEvent): boolean =>
  [...(event.dataTransfer?.items ?? [])].every(
    (item) => item.kind !== 'file' || item.type.startsWith('image/'),
  )

/**
 * Files dropped anywhere on the window are imported like picked ones, and an overlay says so
 * while they are dragged. Images dropped into the editor body are left to it (they go into the
 * article); any other file dropped there is imported, not inserted. Without this, a dropped
 * file would make the browser leave Midad and show the file. The listeners are on the window in
 * the capture phase, so they decide before the editor does.
 */
export function useImportDrop(props: ImportProps): void {
  const i18n = useI18n()
  const latest = useRef<{ props: ImportProps; i18n: I18n }>({ props, i18n })
  latest.current = { props, i18n }

  useEffect(() => {
    let hide: ReturnType<typeof setTimeout> | undefined
    const stop = () => {
      clearTimeout(hide)
      setImportState({ dragging: false })
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event) || (inBody(event) && onlyImagesDragged(event))) return stop()
      event.preventDefault()
      const { disabled } = latest.current.props
      if (event.dataTransfer) event.dataTransfer.dropEffect = disabled ? 'none' : 'copy'
      setImportState({ dragging: !disabled })
      // Dragover repeats while the drag stays over the window: when it stops, the drag left.
      clearTimeout(hide)
      hide = setTimeout(stop, 400)
    }
    const drop = (event: DragEvent) => {
      stop()
      if (!carriesFiles(event)) return
      const files = [...(event.dataTransfer?.files ?? [])]
      if (inBody(event) && files.every(isImageFile)) return
      event.preventDefault()
      event.stopPropagation()
      const { props: current, i18n: speak } = latest.current
      if (!current.disabled && files.length) void importFiles(files, current, speak)
    }
    window.addEventListener('dragenter', over, true)
    window.addEventListener('dragover', over, true)
    window.addEventListener('drop', drop, true)
    window.addEventListener('dragend', stop, true)
    return () => {
      stop()
      window.removeEventListener('dragenter', over, true)
      window.removeEventListener('dragover', over, true)
      window.removeEventListener('drop', drop, true)
      window.removeEventListener('dragend', stop, true)
    }
  }, [])
}
