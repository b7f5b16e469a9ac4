import { EventEmitter } from 'node:events'
import { expect, it } from 'vitest'
import {
  guardQuit,
  type QuitMessageBoxOptions,
  type QuitWarningText,
} from '../../electron/desktop/quit-guard'

/** Electron's BrowserWindow closing: 'close' can be prevented; if not, the window is destroyed. */
class FakeWindow extends EventEmitter {
  destroyed = false
  isDestroyed = () => this.destroyed
  close = () => {
    if (this.destroyed) return
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) this.destroyed = true
  }
}

/** Electron's app quitting: 'before-quit', then each window is asked to close. */
class FakeApp extends EventEmitter {
  quits = 0
  constructor(private readonly window: FakeWindow) {
    super()
  }
  quit = () => {
    this.quits++
    this.emit('before-quit')
    this.window.close()
  }
}

/** Electron's dialog: records what it is asked; the test answers each question when it likes. */
class FakeDialog {
  asked: QuitMessageBoxOptions[] = []
  private answers: ((response: number) => void)[] = []
  showMessageBox = (_window: FakeWindow, options: QuitMessageBoxOptions) => {
    this.asked.push(options)
    return new Promise<{ response: number }>((resolve) => {
      this.answers.push((response) => resolve({ response }))
    })
  }
  answer(response: number) {
    this.answers.shift()?.(response)
  }
}

const text: QuitWarningText = {
  message: 'Unsaved edits in 1 article will be lost.',
  detail: 'Unsaved edits (lost if you quit now):\n– Budget',
  quit: 'Quit Anyway',
  cancel: 'Keep Midad Open',
}
const settle = () => new Promise((resolve) => setImmediate(resolve))

function setUp(warning: QuitWarningText | null | (() => Promise<QuitWarningText | null>)) {
  const window = new FakeWindow()
  const app = new FakeApp(window)
  const dialog = new FakeDialog()
  const errors: unknown[] = []
  const get = typeof warning === 'function' ? warning : async () => warning
  guardQuit({ window, dialog, app, warning: get, onError: (e) => errors.push(e) })
  return { window, app, dialog, errors }
}

it('closes without asking when nothing would be lost', async () => {
  const { window, app, dialog } = setUp(null)
  window.close()
  expect(window.destroyed).toBe(false) // held while the warning is computed
  await settle()
  expect(window.destroyed).toBe(true)
  expect(dialog.asked).toEqual([])
  expect(app.quits).toBe(0) // a plain close is not a quit (main.ts quits on window-all-closed)
})

it('asks, with Keep Open as the default and Esc answer; Keep Open keeps the window', async () => {
  const { window, dialog } = setUp(text)
  window.close()
  await settle()
  expect(dialog.asked).toEqual([
    {
      type: 'warning',
      message: text.message,
      detail: text.detail,
      buttons: ['Keep Midad Open', 'Quit Anyway'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    },
  ])
  dialog.answer(0)
  await settle()
  expect(window.destroyed).toBe(false)
  window.close() // a later close asks again
  await settle()
  expect(dialog.asked).toHaveLength(2)
})

it('closes once on Quit Anyway, and quits the app when the close came from quitting', async () => {
  const { window, app, dialog } = setUp(text)
  let closes = 0
  window.on('close', () => closes++)
  app.quit() // Cmd+Q: Electron cancels the quit when a window prevents its close
  await settle()
  expect(window.destroyed).toBe(false)
  dialog.answer(1)
  await settle()
  expect(window.destroyed).toBe(true)
  expect(app.quits).toBe(2) // the guard quits again for the user
  expect(closes).toBe(2) // the held close, then the real one
  expect(dialog.asked).toHaveLength(1)
})

it('does not quit the app after a cancelled quit is followed by a plain close', async () => {
  const { window, app, dialog } = setUp(text)
  app.quit()
  await settle()
  dialog.answer(0)
  await settle()
  window.close()
  await settle()
  dialog.answer(1)
  await settle()
  expect(window.destroyed).toBe(true)
  expect(app.quits).toBe(1)
})

it('asks only once when closed again while asking', async () => {
  let computed = 0
  const { window, dialog } = setUp(async () => {
    computed++
    return text
  })
  window.close()
  window.close()
  await settle()
  window.close()
  await settle()
  expect(computed).toBe(1)
  expect(dialog.asked).toHaveLength(1)
  expect(window.destroyed).toBe(false) // the extra closes were held too
  dialog.answer(1)
  await settle()
  expect(window.destroyed).toBe(true)
})

it('does not trap the user when the warning cannot be computed', async () => {
  const { window, errors } = setUp(async () => {
    throw new Error('store closed')
  })
  window.close()
  await settle()
  expect(window.destroyed).toBe(true)
  expect(String(errors[0])).toMatch(/store closed/)
})
