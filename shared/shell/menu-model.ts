import type { RecentArticle } from '../recent/recent-contract'
import type { Language, SpellcheckMode, Theme } from '../settings/settings-schema'
import { spellcheckEngine } from '../spelling/spellcheck-engine'
import { menuLabels } from './menu-labels'
import type { ShellCommand } from './shell-commands'

/** Where the menu is shown: the desktop app's native menu, or the page's menu bar in browser mode. */
export type MenuHost = 'desktop' | 'browser'

/** Electron's menu roles that the native Edit, View and Window menus use (desktop only). */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'quit'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'minimize'
  | 'close'

/** One item of the menu, in a form both the native menu and the page's menu bar can draw. */
export type MenuEntry =
  | {
      readonly kind: 'command'
      /** Stable across languages, for tests and React keys. */
      readonly id: string
      readonly label: string
      readonly command: ShellCommand
      /** Electron's accelerator syntax (`CmdOrCtrl+N`); the page handles the key itself. */
      readonly accelerator?: string
      readonly enabled: boolean
      /** Set for a choice among several (theme, spelling): drawn as a radio item. */
      readonly checked?: boolean
    }
  | { readonly kind: 'role'; readonly role: MenuRole; readonly label: string }
  | { readonly kind: 'separator' }
  | {
      readonly kind: 'submenu'
      readonly id: string
      readonly label: string
      readonly items: readonly MenuEntry[]
    }

/** What the menu depends on. A change to any of these rebuilds it. */
export interface MenuState {
  readonly lang: Language
  readonly host: MenuHost
  /** `darwin` gets the app menu and Quit there, as macOS users expect. */
  readonly platform: string
  readonly theme: Theme
  readonly spellcheck: SpellcheckMode
  readonly recent: readonly RecentArticle[]
  /** An article is open in the editor (Save and Export HTML need one). */
  readonly articleOpen: boolean
  /** Another Midad holds the data directory: nothing can be created or imported. */
  readonly readOnly: boolean
}

const separator: MenuEntry = { kind: 'separator' }

/**
 * The application menu: File (New, Open recent, Save, Import…, Export HTML, Export site…, Quit),
 * Edit (the standard editing roles, Find, Replace, Spelling), View (zoom, full screen, theme) and
 * Help (Keyboard shortcuts, About). One description for both hosts: the desktop app turns it into
 * Electron's native menu, browser mode draws it as the window's menu bar, leaving out what a web
 * page cannot do (editing roles, zoom, quitting).
 */
export function appMenu(state: MenuState): MenuEntry[] {
  const l = menuLabels(state.lang)
  const desktop = state.host === 'desktop'
  const mac = desktop && state.platform === 'darwin'
  const command = (
    id: string,
    label: string,
    shellCommand: ShellCommand,
    extra: { accelerator?: string; enabled?: boolean; checked?: boolean } = {},
  ): MenuEntry => ({
    kind: 'command',
    id,
    label,
    command: shellCommand,
    enabled: extra.enabled ?? true,
    ...(extra.accelerator ? { accelerator: extra.accelerator } : {}),
    ...(extra.checked !== undefined ? { checked: extra.checked } : {}),
  })
  const role = (name: MenuRole, label: string): MenuEntry => ({ kind: 'role', role: name, label })
  const submenu = (id: string, label: string, items: MenuEntry[]): MenuEntry => ({
    kind: 'submenu',
    id,
    label,
    items,
  })

  const recentItems: MenuEntry[] = state.recent.length
    ? [
        ...state.recent.map((article, index) =>
          command(`recent-${index}`, article.title.trim() || l.untitled, {
            command: 'open-article',
            id: article.id,
          }),
        ),
        separator,
        command('clear-recent', l.clearRecent, { command: 'clear-recent' }),
      ]
    : [command('no-recent', l.noRecent, { command: 'clear-recent' }, { enabled: false })]

  const file = submenu('file', l.file, [
    command(
      'new-article',
      l.newArticle,
      { command: 'new-article' },
      { accelerator: 'CmdOrCtrl+N', enabled: !state.readOnly },
    ),
    submenu('open-recent', l.openRecent, recentItems),
    separator,
    command(
      'save',
      l.save,
      { command: 'save' },
      { accelerator: 'CmdOrCtrl+S', enabled: state.articleOpen && !state.readOnly },
    ),
    command(
      'import',
      l.import,
      { command: 'import' },
      { accelerator: 'CmdOrCtrl+O', enabled: !state.readOnly },
    ),
    command(
      'export-html',
      l.exportHtml,
      { command: 'export-html' },
      { accelerator: 'CmdOrCtrl+E', enabled: state.articleOpen },
    ),
    command('export-site', l.exportSite, { command: 'export-site' }),
    ...(desktop && !mac ? [separator, role('quit', l.quit)] : []),
  ])

  const engine = spellcheckEngine(state.spellcheck, desktop)
  const spelling = submenu('spelling', l.spelling, [
    ...(desktop
      ? []
      : [
          command(
            'spell-browser',
            l.spellBrowser,
            { command: 'spellcheck', mode: 'browser' },
            { checked: engine === 'browser' },
          ),
        ]),
    command(
      'spell-midad',
      l.spellMidad,
      { command: 'spellcheck', mode: 'midad' },
      { checked: engine === 'midad' },
    ),
    command(
      'spell-off',
      l.spellOff,
      { command: 'spellcheck', mode: 'off' },
      { checked: engine === 'off' },
    ),
    separator,
    command('newsroom-dictionary', l.newsroomDictionary, { command: 'newsroom-dictionary' }),
  ])
  const edit = submenu('edit', l.edit, [
    ...(desktop
      ? [
          role('undo', l.undo),
          role('redo', l.redo),
          separator,
          role('cut', l.cut),
          role('copy', l.copy),
          role('paste', l.paste),
          role('pasteAndMatchStyle', l.pasteAndMatchStyle),
          role('selectAll', l.selectAll),
          separator,
        ]
      : []),
    command(
      'find',
      l.find,
      { command: 'find' },
      { accelerator: 'CmdOrCtrl+F', enabled: state.articleOpen },
    ),
    command(
      'replace',
      l.replace,
      { command: 'replace' },
      { accelerator: 'CmdOrCtrl+H', enabled: state.articleOpen },
    ),
    separator,
    spelling,
  ])

  const themes: [Theme, string][] = [
    ['system', l.themeSystem],
    ['light', l.themeLight],
    ['dark', l.themeDark],
  ]
  const view = submenu('view', l.view, [
    ...(desktop
      ? [
          role('resetZoom', l.resetZoom),
          role('zoomIn', l.zoomIn),
          role('zoomOut', l.zoomOut),
          separator,
          role('togglefullscreen', l.fullScreen),
        ]
      : [command('full-screen', l.fullScreen, { command: 'full-screen' }, { accelerator: 'F11' })]),
    separator,
    submenu(
      'theme',
      l.theme,
      themes.map(([theme, label]) =>
        command(
          `theme-${theme}`,
          label,
          { command: 'theme', theme },
          { checked: state.theme === theme },
        ),
      ),
    ),
  ])

  const help = submenu('help', l.help, [
    command('shortcuts', l.shortcuts, { command: 'shortcuts' }, { accelerator: 'CmdOrCtrl+/' }),
    ...(mac ? [] : [command('about', l.about, { command: 'about' })]),
  ])

  const menus = [file, edit, view, help]
  if (!mac) return menus
  // macOS: the app menu first, with About, Hide and Quit where every Mac app has them.
  const appMenuItems: MenuEntry[] = [
    command('about', l.about, { command: 'about' }),
    separator,
    role('hide', l.hide),
    role('hideOthers', l.hideOthers),
    role('unhide', l.unhide),
    separator,
    role('quit', l.quit),
  ]
  const windowMenu = submenu('window', l.window, [
    role('minimize', l.minimize),
    role('close', l.close),
  ])
  return [submenu('app', 'Midad', appMenuItems), file, edit, view, windowMenu, help]
}
