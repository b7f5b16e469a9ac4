import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  app,
  BrowserWindow,
  protocol,
  safeStorage,
  session,
  shell,
  type WebContents,
} from 'electron'
import { createBackend } from '../api/create-backend'
import { previewPage } from '../export/preview-page'
import { appPaths } from '../paths/app-paths'
import { resolveDataDir } from '../paths/data-dir'
import { safeStorageBox } from '../publish/targets/secret-box'
import { openInBrowser } from '../security/external-url'
import { dataLayout } from '../store/data-layout'
import { APP_ORIGIN, APP_SCHEME, appProtocolResponse, isAppUrl } from './app-protocol'
import { registerIpc } from './ipc'
import { openMainWindow } from './window-options'

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

app.on('web-contents-created', (_event, contents) => lockDown(contents))

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
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
  registerIpc(backend, isAppUrl)
  const window = openMainWindow(BrowserWindow, join(here, 'preload.cjs'))
  window.once('ready-to-show', () => window.show())
  await window.loadURL(`${APP_ORIGIN}/index.html`)
})

app.on('window-all-closed', () => app.quit())
