import { EventEmitter } from 'node:events'
import { expect, it } from 'vitest'
import { claimSingleInstance } from '../../electron/desktop/single-instance'

/** Electron's `app` as far as the lock goes: the lock is granted or not. */
class FakeApp extends EventEmitter {
  constructor(private readonly granted: boolean) {
    super()
  }
  requestSingleInstanceLock = () => this.granted
}

/** Electron's BrowserWindow as far as bringing it forward goes. */
class FakeWindow {
  minimized = false
  visible = true
  focused = false
  destroyed = false
  isDestroyed = () => this.destroyed
  isMinimized = () => this.minimized
  restore = () => {
    this.minimized = false
  }
  isVisible = () => this.visible
  show = () => {
    this.visible = true
  }
  focus = () => {
    this.focused = this.visible && !this.minimized
  }
}

it('tells the second launch to quit, and it opens nothing', () => {
  const app = new FakeApp(false)
  expect(claimSingleInstance(app, () => new FakeWindow())).toBe(false)
  expect(app.listenerCount('second-instance')).toBe(0)
})

it('brings a minimised window back and focuses it when Midad is launched again', () => {
  const app = new FakeApp(true)
  const window = new FakeWindow()
  window.minimized = true
  expect(claimSingleInstance(app, () => window)).toBe(true)
  app.emit('second-instance', {}, ['midad'], '/home/salma')
  expect(window).toMatchObject({ minimized: false, visible: true, focused: true })
})

it('shows a hidden window and focuses it', () => {
  const app = new FakeApp(true)
  const window = new FakeWindow()
  window.visible = false
  claimSingleInstance(app, () => window)
  app.emit('second-instance')
  expect(window).toMatchObject({ visible: true, focused: true })
})

it('does nothing when the window does not exist yet or is gone', () => {
  const app = new FakeApp(true)
  let current: FakeWindow | null = null
  claimSingleInstance(app, () => current)
  expect(() => app.emit('second-instance')).not.toThrow()
  current = new FakeWindow()
  current.destroyed = true
  current.visible = false
  app.emit('second-instance')
  expect(current).toMatchObject({ visible: false, focused: false })
})
