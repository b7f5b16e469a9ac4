import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  type MenuItemConstructorOptions,
  nativeTheme,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron'
import { Settings } from '../../shared/settings/settings-schema'
import { quitWarning } from '../../shared/shell/quit-warning'
import { createBackend } from '../api/create-backend'
import { AppMenu } from '../desktop/app-menu'
import { attachEditContextMenu } from '../desktop/edit-context-menu'
import { guardQuit } from '../desktop/quit-guard'
import { claimSingleInstance } from '../desktop/single-instance'
import { applyWindowState, loadWindowState, trackWindowState } from '../desktop/window-state'
import { previewPage } from '../export/preview-page'
import { appPaths } from '../paths/app-paths'
import { resolveDataDir } from '../paths/data-dir'
import { safeStorageBox } from '../publish/targets/secret-box'
import { openInBrowser } from '../security/external-url'
import { dataLayout } from '../store/data-layout'
import { APP_ORIGIN, APP_SCHEME, appProtocolResponse, isAppUrl } from './app-protocol'
import { onShellReport, registerIpc } from './ipc'
import { mainWindowOptions, openMainWindow } from './window-options'

const here = fileURLToPath(new URL('.', import.meta.url))
const paths = appPaths()
const { values } = parseArgs({
  args: process.argv.slice(1),
  options: { 'data-dir': { type: 'string' } },
  strict: false,
})
const dataDir = resolveDataDir(
  typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
)
// First: the single-instance lock is keyed on userData, so it is one Midad per data directory.
app.setPath('userData', dataDir)

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

/** Opens http(s) links in the system browser, after parsing; everything else goes nowhere. */
function openExternally(raw: string): void {
  openInBrowser(shell, raw)
}

/** Every web contents: no new windows, no navigation away from the app, no webviews. */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    openExternally(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

let mainWindow: BrowserWindow | null = null

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  // Midad checks spelling with its bundled dictionary; Chromium's checker would download Google's.
  session.defaultSession.setSpellCheckerEnabled(false)
  const { mediaDir } = dataLayout(dataDir)
  const { backend, close } = await createBackend({
    dataDir,
    sampleDir: paths.samples,
    dictionaryDir: paths.dictionaries,
    app: 'Midad',
    secretBox: safeStorageBox(safeStorage),
  })
  protocol.handle(APP_SCHEME, (request) =>
    appProtocolResponse(paths.renderer, request.url, mediaDir, (id) => previewPage(backend, id)),
  )
  app.on('will-quit', () => void close())

  const preload = join(here, 'preload.cjs')
  const stateFile = join(dataDir, 'window-state.json')
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()]
  const restored = await loadWindowState(stateFile, displays, mainWindowOptions(preload))
  if (restored.problem) console.warn(`Midad: ${restored.problem}`)
  const window = openMainWindow(BrowserWindow, preload)
  mainWindow = window
  window.on('closed', () => {
    mainWindow = null
  })

  const menu = new AppMenu(backend, {
    window,
    dialog,
    setMenu: (template) =>
      Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[])),
    setThemeSource: (theme) => {
      nativeTheme.themeSource = theme
    },
  })
  registerIpc(backend, isAppUrl, (name) => menu.afterCall(name))
  onShellReport(isAppUrl, (report) => menu.onReport(report))
  await menu.rebuild()

  const settings = async () => Settings.parse(await backend['settings.get']({}))
  guardQuit({
    window,
    dialog,
    app,
    warning: async () => {
      const { language } = await settings()
      const articles = await backend['articles.list']({})
      return quitWarning(language, {
        unsaved: [...menu.unsaved],
        jobs: await backend['publish.jobs']({}),
        now: new Date(),
        titles: Object.fromEntries(articles.map((a) => [a.id, a.title])),
      })
    },
    onError: (error) => console.warn(`Midad: could not check for unsaved work: ${String(error)}`),
  })
  attachEditContextMenu(
    window.webContents,
    (template) => Menu.buildFromTemplate(template).popup({ window }),
    async () => (await settings()).language,
  )
  window.once('ready-to-show', () => {
    // Before show(): maximize() would show the window early on Windows.
    applyWindowState(window, restored)
    trackWindowState(window, stateFile)
    window.show()
  })
  await window.loadURL(`${APP_ORIGIN}/index.html`)
}

if (!claimSingleInstance(app, () => mainWindow)) {
  // Another Midad has this data directory: it focuses its window; this one leaves at once.
  app.quit()
} else {
  app.on('web-contents-created', (_event, contents) => lockDown(contents))
  app.whenReady().then(start)
  app.on('window-all-closed', () => app.quit())
}
