import { type MutableRefObject, useCallback, useState } from 'react'
import type { SettingsField } from '../article-settings/article-settings-panel'
import type { EditorFocusTarget } from '../editor/article-editor'
import { useOpenTargets } from '../targets/open-targets'
import type { PublishJump } from './publish-panel'

/**
 * Where each checklist item sends the editor: the title or the body (its first bad link or
 * image), a field of the Article settings panel (which `openSettings` shows, and which focuses
 * `settingsFocus.field`; the key makes a second click focus it again), or the Targets screen.
 */
export function usePublishJumps(
  focusRef: MutableRefObject<(target: EditorFocusTarget) => void>,
  openSettings: () => void,
) {
  const [settingsFocus, setSettingsFocus] = useState<{ field: SettingsField; key: number } | null>(
    null,
  )
  const openTargets = useOpenTargets()
  const jump = useCallback(
    (target: PublishJump) => {
      const inSettings = (field: SettingsField) => {
        openSettings()
        setSettingsFocus((last) => ({ field, key: (last?.key ?? 0) + 1 }))
      }
      if (target === 'title' || target === 'titleLength') focusRef.current('title')
      else if (target === 'words') focusRef.current('body')
      else if (target === 'links') focusRef.current('link')
      else if (target === 'alt') focusRef.current('image')
      else if (target === 'target') openTargets()
      else if (target === 'summary') inSettings('excerpt')
      else if (target === 'taxonomy') inSettings('tags')
      else inSettings(target)
    },
    [focusRef, openSettings, openTargets],
  )
  return { jump, settingsFocus }
}
