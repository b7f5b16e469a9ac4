import { useEffect, useMemo } from 'react'
import type { RecentArticle } from '../../shared/recent/recent-contract'
import { appMenu } from '../../shared/shell/menu-model'
import { useI18n } from '../i18n/i18n'
import { isDesktop, useSpellcheckMode } from '../spelling/spellcheck-mode'
import { useTheme } from '../theme/theme-state'
import { reportToDesktop } from './desktop-shell'
import { MenuBar } from './menu-bar'

/**
 * The application menu. In browser mode it is drawn here, as the window's menu bar; the desktop
 * app has the native menu instead (built by the main process from the same description), so here
 * it only reports what that menu and the quit question need: an article open, unsaved titles.
 */
export function AppMenu(props: {
  articleOpen: boolean
  readOnly: boolean
  recent: readonly RecentArticle[]
  /** Titles of articles whose edits are not saved yet. */
  unsaved: readonly string[]
}) {
  const { lang } = useI18n()
  const theme = useTheme()
  const spellcheck = useSpellcheckMode()
  const desktop = isDesktop()
  const { articleOpen, readOnly, recent, unsaved } = props
  const menus = useMemo(
    () =>
      appMenu({
        lang,
        host: 'browser',
        platform: navigator.platform,
        theme,
        spellcheck,
        recent,
        articleOpen,
        readOnly,
      }),
    [lang, theme, spellcheck, recent, articleOpen, readOnly],
  )
  // A report is sent only when it changed (see reportToDesktop), after the render, not during it.
  useEffect(() => {
    if (desktop) reportToDesktop({ articleOpen, unsaved: [...unsaved] })
  })
  return desktop ? null : <MenuBar menus={menus} />
}
