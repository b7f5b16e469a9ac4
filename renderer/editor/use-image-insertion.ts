import type { Editor } from '@tiptap/core'
import { useCallback, useRef, useState } from 'react'
import type { StoredImage } from '../../shared/media/media-contract'
import { useI18n } from '../i18n/i18n'
import type { ImageDetails } from './image-form'
import { imageErrorMessage, uploadImage } from './image-upload'

/** Where an image being added stands. */
export type ImageInsertion =
  | { phase: 'idle' }
  | { phase: 'uploading' }
  | { phase: 'describing'; image: StoredImage; position: number | undefined }

/**
 * Adding an image to the body: store the file (`media.add`), then ask for its alt text, caption
 * and credit, then insert the figure where it was dropped, or at the cursor. One image at a time:
 * of several files dropped together, the first is taken.
 */
export function useImageInsertion(editor: Editor) {
  const i18n = useI18n()
  const [state, setState] = useState<ImageInsertion>({ phase: 'idle' })
  const [error, setError] = useState<string | null>(null)
  const i18nRef = useRef(i18n)
  i18nRef.current = i18n
  /** Bumped by every new file, so a slow upload that was superseded is ignored. */
  const attempt = useRef(0)

  const addFiles = useCallback((files: File[], position: number | undefined) => {
    const file = files[0]
    if (!file) return
    const mine = ++attempt.current
    setError(null)
    setState({ phase: 'uploading' })
    uploadImage(file).then(
      (image) => mine === attempt.current && setState({ phase: 'describing', image, position }),
      (e: unknown) => {
        if (mine !== attempt.current) return
        setState({ phase: 'idle' })
        setError(imageErrorMessage(e, i18nRef.current))
      },
    )
  }, [])

  const insert = useCallback(
    (details: ImageDetails) => {
      if (state.phase !== 'describing') return
      const size = editor.state.doc.content.size
      const position = state.position === undefined ? undefined : Math.min(state.position, size)
      editor
        .chain()
        .focus()
        .insertFigure({ src: state.image.src, ...details }, position)
        .run()
      setState({ phase: 'idle' })
    },
    [editor, state],
  )

  const cancel = useCallback(() => {
    attempt.current++
    setState({ phase: 'idle' })
    editor.commands.focus()
  }, [editor])

  return { state, error, dismissError: () => setError(null), addFiles, insert, cancel }
}
