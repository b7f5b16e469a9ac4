import type { MethodName } from '../../shared/api/contract'
import { Settings, type Theme } from '../../shared/settings/settings-schema'
import { appMenu } from '../../shared/shell/menu-model'
import { SHELL_COMMAND_CHANNEL, type ShellReport } from '../../shared/shell/shell-bridge'
import type { ShellCommand } from '../../shared/shell/shell-commands'
import type { Backend } from '../api/dispatch'
import { type OpenDialog, pickImportFile } from './import-picker'
import { type NativeMenuItem, nativeMenuTemplate } from './native-menu'

/** Calls after which the menu may show something else: language, theme, recent titles. */
const MENU_INPUTS: ReadonlySet<MethodName> = new Set([
  'settings.update',
  'recent.opened',
  'recent.clear',
  'articles.create',
  'articles.save',
  'articles.delete',
  'import.article',
])

/**
 * The desktop app's native application menu, built from the shared description in the UI language
 * and rebuilt whenever what it shows changes (a call in MENU_INPUTS, or the page's report). Its
 * commands go to the page over the fixed command channel; Import… opens the system's file dialog
 * here. The native theme follows the app's theme setting, so dialogs and scroll bars match.
 */
/** What the app menu needs of Electron's BrowserWindow. */
export interface MenuWindow {
  isDestroyed(): boolean
  readonly webContents: { send(channel: string, ...args: unknown[]): void }
}

/** Electron's objects the menu uses, given by main.ts (this module imports no Electron). */
export interface AppMenuElectron<W extends MenuWindow> {
  window: W
  /** `Menu.setApplicationMenu(Menu.buildFromTemplate(template))`. */
  setMenu: (template: NativeMenuItem[]) => void
  /** `nativeTheme.themeSource = theme`: native dialogs and scroll bars follow the app's theme. */
  setThemeSource: (theme: Theme) => void
  dialog: OpenDialog<W> & {
    showMessageBox(window: W, options: { type: 'warning'; message: string }): Promise<unknown>
  }
}

export class AppMenu<W extends MenuWindow> {
  private report: ShellReport = { articleOpen: false, unsaved: [] }
  private timer: ReturnType<typeof setTimeout> | undefined

  private readonly window: W

  constructor(
    private readonly backend: Backend,
    private readonly electron: AppMenuElectron<W>,
  ) {
    this.window = electron.window
  }

  /** The page's latest report: the quit question needs its unsaved titles. */
  get unsaved(): readonly string[] {
    return this.report.unsaved
  }

  onReport(report: ShellReport): void {
    this.report = report
    this.schedule()
  }

  afterCall(name: MethodName): void {
    if (MENU_INPUTS.has(name)) this.schedule()
  }

  /** Coalesces bursts (typing a title saves often) into one rebuild. */
  schedule(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.rebuild().catch(() => undefined), 150)
  }

  async rebuild(): Promise<void> {
    const [settings, recent, status] = await Promise.all([
      this.backend['settings.get']({}).then((raw) => Settings.parse(raw)),
      this.backend['recent.list']({}).catch(() => []),
      this.backend['store.status']({}),
    ])
    this.electron.setThemeSource(settings.theme)
    const { dialog } = this.electron
    const entries = appMenu({
      lang: settings.language,
      host: 'desktop',
      platform: process.platform,
      theme: settings.theme,
      spellcheck: settings.spellcheck,
      recent,
      articleOpen: this.report.articleOpen,
      readOnly: status.readOnly,
    })
    const send = (command: ShellCommand) => {
      if (!this.window.isDestroyed()) this.window.webContents.send(SHELL_COMMAND_CHANNEL, command)
    }
    const importLabels =
      settings.language === 'ar'
        ? { title: 'استيراد ملف', files: 'نص، HTML، Markdown، Word' }
        : { title: 'Import a file', files: 'Text, HTML, Markdown, Word' }
    const template = nativeMenuTemplate(entries, send, {
      import: () => {
        void pickImportFile(dialog, this.window, importLabels).then((picked) => {
          if (picked && 'command' in picked) send(picked)
          else if (picked)
            void dialog.showMessageBox(this.window, {
              type: 'warning',
              message:
                settings.language === 'ar'
                  ? `الملف «${picked.tooLarge}» أكبر من ٦ ميغابايت: استورده بالأمر midad import.`
                  : `“${picked.tooLarge}” is over 6 MB: import it with midad import.`,
            })
        })
      },
    })
    this.electron.setMenu(template)
  }
}
