import { EventEmitter } from 'node:events'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  applyWindowState,
  loadWindowState,
  type Rectangle,
  trackWindowState,
} from '../../electron/desktop/window-state'
import { mainWindowOptions } from '../../electron/main/window-options'

const sizes = mainWindowOptions('preload.cjs') // 1280×840, at least 760×480
const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 875 } }
const rightMonitor = { workArea: { x: 1440, y: -200, width: 2560, height: 1400 } }

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-window-'))
  file = join(dir, 'window-state.json')
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

/** A stand-in for Electron's BrowserWindow: events, normal bounds and mode, as Electron keeps them. */
class FakeWindow extends EventEmitter {
  normal: Rectangle = { x: 100, y: 80, width: 1200, height: 800 }
  maximized = false
  fullScreen = false
  destroyed = false
  boundsReads = 0
  getNormalBounds() {
    this.boundsReads++
    return { ...this.normal }
  }
  isMaximized = () => this.maximized
  isFullScreen = () => this.fullScreen
  isDestroyed = () => this.destroyed
  /** What a user does: a drag or resize changes the bounds, then Electron emits the event. */
  moveTo(bounds: Partial<Rectangle>, event = 'move') {
    this.normal = { ...this.normal, ...bounds }
    this.emit(event)
  }
}

const saveFile = (state: object) => writeFile(file, JSON.stringify(state))
const saved = { x: 200, y: 100, width: 1000, height: 700, maximized: false, fullScreen: false }

describe('loadWindowState', () => {
  it('opens at the default size, centred, when nothing was saved', async () => {
    expect(await loadWindowState(file, [laptop], sizes)).toEqual({
      bounds: { width: 1280, height: 840 },
      maximized: false,
      fullScreen: false,
    })
  })

  it('restores the place and size the window was closed with (round trip)', async () => {
    const window = new FakeWindow()
    trackWindowState(window, file)
    window.moveTo({ x: 300, y: 50, width: 1100, height: 760 })
    window.emit('close')
    const restored = await loadWindowState(file, [laptop, rightMonitor], sizes)
    expect(restored).toEqual({
      bounds: { x: 300, y: 50, width: 1100, height: 760 },
      maximized: false,
      fullScreen: false,
    })
  })

  it('keeps a window on a second monitor there while it is plugged in', async () => {
    await saveFile({ ...saved, x: 2000, y: 0 })
    const both = await loadWindowState(file, [laptop, rightMonitor], sizes)
    expect(both.bounds).toEqual({ x: 2000, y: 0, width: 1000, height: 700 })
  })

  it('keeps only the size of a window whose monitor was unplugged (Electron centres it)', async () => {
    await saveFile({ ...saved, x: 2000, y: 0 })
    expect((await loadWindowState(file, [laptop], sizes)).bounds).toEqual({
      width: 1000,
      height: 700,
    })
    // 40 px showing is not enough to grab it either.
    await saveFile({ ...saved, x: 1400, y: 0 })
    expect((await loadWindowState(file, [laptop], sizes)).bounds).toEqual({
      width: 1000,
      height: 700,
    })
  })

  it('pulls a window that hangs over the edge back inside the work area', async () => {
    await saveFile({ ...saved, x: 1000, y: -300 })
    expect((await loadWindowState(file, [laptop], sizes)).bounds).toEqual({
      x: 440,
      y: 0,
      width: 1000,
      height: 700,
    })
  })

  it('shrinks a window larger than the screen it is on, but not below the minimum size', async () => {
    await saveFile({ ...saved, x: 0, y: 0, width: 3000, height: 2000 })
    expect((await loadWindowState(file, [laptop], sizes)).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
    })
    const tiny = { workArea: { x: 0, y: 0, width: 640, height: 400 } }
    expect((await loadWindowState(file, [tiny], sizes)).bounds).toEqual({
      x: 0,
      y: 0,
      width: 760,
      height: 480,
    })
    await saveFile({ ...saved, width: 300, height: 200 })
    expect((await loadWindowState(file, [laptop], sizes)).bounds).toMatchObject({
      width: 760,
      height: 480,
    })
  })

  it('fits the default size to a small screen', async () => {
    const small = { workArea: { x: 0, y: 0, width: 1024, height: 740 } }
    expect((await loadWindowState(file, [small], sizes)).bounds).toEqual({
      width: 1024,
      height: 740,
    })
  })

  it('falls back to the defaults on a garbage or invalid file, says why, and leaves it alone', async () => {
    const cases = [
      ['not JSON {', /window-state\.json is not valid JSON/],
      [JSON.stringify({ ...saved, width: 'wide' }), /window-state\.json does not match.*width/],
      [JSON.stringify({ x: 1 }), /does not match the expected format/],
      [JSON.stringify({ ...saved, width: 0 }), /width/],
    ] as const
    for (const [text, why] of cases) {
      await writeFile(file, text)
      const before = await stat(file)
      const restored = await loadWindowState(file, [laptop], sizes)
      expect(restored).toMatchObject({
        bounds: { width: 1280, height: 840 },
        maximized: false,
        fullScreen: false,
      })
      expect(restored.bounds).not.toHaveProperty('x')
      expect(restored.problem).toMatch(why)
      expect(await readFile(file, 'utf8')).toBe(text)
      expect((await stat(file)).mtimeMs).toBe(before.mtimeMs)
    }
  })

  it('replaces a bad file at the next save', async () => {
    await writeFile(file, 'garbage')
    const window = new FakeWindow()
    trackWindowState(window, file)
    window.emit('close')
    expect((await loadWindowState(file, [laptop], sizes)).problem).toBeUndefined()
  })
})

describe('trackWindowState', () => {
  it('saves a maximised window with its normal bounds, so un-maximising restores its size', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const window = new FakeWindow()
    const tracker = trackWindowState(window, file)
    window.maximized = true
    window.emit('maximize')
    await vi.advanceTimersByTimeAsync(500)
    await tracker.idle()
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      ...{ x: 100, y: 80, width: 1200, height: 800 },
      maximized: true,
      fullScreen: false,
    })
    const restored = await loadWindowState(file, [laptop], sizes)
    expect(restored).toEqual({
      bounds: { x: 100, y: 75, width: 1200, height: 800 },
      maximized: true,
      fullScreen: false,
    })
    const calls: string[] = []
    applyWindowState(
      {
        setBounds: (b) => calls.push(`setBounds ${b.x},${b.y} ${b.width}×${b.height}`),
        setSize: (w, h) => calls.push(`setSize ${w}×${h}`),
        center: () => calls.push('center'),
        maximize: () => calls.push('maximize'),
        setFullScreen: (flag) => calls.push(`setFullScreen ${flag}`),
      },
      restored,
    )
    expect(calls).toEqual(['setBounds 100,75 1200×800', 'maximize'])
  })

  it('remembers full screen, and a size-only state is centred', () => {
    const calls: string[] = []
    const fake = {
      setBounds: () => calls.push('setBounds'),
      setSize: (w: number, h: number) => calls.push(`setSize ${w}×${h}`),
      center: () => calls.push('center'),
      maximize: () => calls.push('maximize'),
      setFullScreen: (flag: boolean) => calls.push(`setFullScreen ${flag}`),
    }
    const state = { bounds: { width: 900, height: 600 }, maximized: false, fullScreen: true }
    applyWindowState(fake, state)
    expect(calls).toEqual(['setSize 900×600', 'center', 'setFullScreen true'])
  })

  it('coalesces a drag of many moves into one write of the final place', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const window = new FakeWindow()
    const tracker = trackWindowState(window, file)
    for (let i = 1; i <= 50; i++) {
      window.moveTo({ x: 100 + i * 10 }, i % 2 ? 'move' : 'resize')
      await vi.advanceTimersByTimeAsync(20)
    }
    await vi.advanceTimersByTimeAsync(400)
    await tracker.idle()
    await expect(stat(file)).rejects.toThrow(/ENOENT/) // still within 500 ms of the last move
    await vi.advanceTimersByTimeAsync(100)
    await tracker.idle()
    expect(window.boundsReads).toBe(1)
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ x: 600, y: 80 })
  })

  it('saves at once on close, without waiting for the debounce', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const window = new FakeWindow()
    trackWindowState(window, file)
    window.moveTo({ x: 444 })
    window.fullScreen = true
    window.emit('enter-full-screen')
    window.emit('close')
    // No timer has run and nothing was awaited: the file is already there.
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ x: 444, fullScreen: true })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stops when the window is closed for good', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const window = new FakeWindow()
    trackWindowState(window, file)
    window.emit('close')
    window.emit('closed')
    window.destroyed = true
    window.moveTo({ x: 999 })
    expect(window.listenerCount('move')).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('reports a failed save and keeps the window working', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const errors: unknown[] = []
    const window = new FakeWindow()
    const missing = join(dir, 'no-such-dir', 'window-state.json')
    const tracker = trackWindowState(window, missing, { onError: (e) => errors.push(e) })
    window.moveTo({ x: 5 })
    await vi.advanceTimersByTimeAsync(500)
    await tracker.idle()
    window.moveTo({ x: 6 })
    window.emit('close')
    expect(errors).toHaveLength(2)
    expect(String(errors[0])).toMatch(/ENOENT/)
  })
})
