/**
 * The main window, kept free of Electron imports so a plain Node test can check the security
 * preferences: isolated, sandboxed, no Node in the page, web security on, no webviews, no
 * middle-click (Auxclick) navigation.
 *
 * The options are written out literally inside `new BrowserWindow({…})` on purpose: that is the
 * only shape electronegativity's checks (contextIsolation, sandbox, Auxclick, nodeIntegration) can
 * read, so the audit sees exactly what Electron gets.
 */
export function openMainWindow<W>(
  BrowserWindow: new (options: MainWindowOptions) => W,
  preload: string,
): W {
  return new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Midad — مداد',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK (reviewed: it exposes only the contract's methods)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  })
}

/** The options Electron's BrowserWindow is given (a subset of BrowserWindowConstructorOptions). */
export interface MainWindowOptions {
  readonly width: number
  readonly height: number
  readonly minWidth: number
  readonly minHeight: number
  readonly show: boolean
  readonly title: string
  readonly backgroundColor: string
  readonly webPreferences: {
    readonly preload: string
    readonly contextIsolation: boolean
    readonly sandbox: boolean
    readonly nodeIntegration: boolean
    readonly nodeIntegrationInWorker: boolean
    readonly nodeIntegrationInSubFrames: boolean
    readonly webSecurity: boolean
    readonly allowRunningInsecureContent: boolean
    readonly webviewTag: boolean
    readonly disableBlinkFeatures: string
    readonly spellcheck: boolean
  }
}

/** Records what it is constructed with: lets mainWindowOptions reuse openMainWindow's literal. */
class OptionsOnly {
  constructor(readonly options: MainWindowOptions) {}
}

/** The main window's options without opening it (for tests and for reading them back). */
export function mainWindowOptions(preload: string): MainWindowOptions {
  return openMainWindow(OptionsOnly, preload).options
}
