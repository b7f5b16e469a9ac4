/**
 * The main window's options, kept free of Electron imports so a plain Node test can check the
 * security preferences: isolated, sandboxed, no Node in the page, web security on, no webviews.
 */
export function mainWindowOptions(preload: string) {
  return {
    width: 1280,
    height: 840,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Midad — مداد',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  } as const
}
