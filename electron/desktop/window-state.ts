import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { z } from 'zod'
import { describeIssues } from '../store/schema-file'

export {
  applyWindowState,
  type TrackedWindow,
  trackWindowState,
  type WindowStateTracker,
} from './window-state-tracker'

const Coordinate = z.number().int().min(-100_000).max(100_000)
const Length = z.number().int().min(1).max(100_000)

/** `<dataDir>/window-state.json`: the main window's normal (un-maximised) bounds and mode. */
export const WindowStateFile = z.object({
  x: Coordinate,
  y: Coordinate,
  width: Length,
  height: Length,
  maximized: z.boolean(),
  fullScreen: z.boolean(),
})
export type WindowStateFile = z.infer<typeof WindowStateFile>

export interface Size {
  width: number
  height: number
}

export interface Rectangle extends Size {
  x: number
  y: number
}

/** What loadWindowState needs of each of Electron's `screen.getAllDisplays()`. */
export interface DisplayArea {
  workArea: Rectangle
}

/** The window's default and minimum sizes (`mainWindowOptions(...)` has all four). */
export interface WindowSizes {
  width: number
  height: number
  minWidth: number
  minHeight: number
}

/** Where to open the window. No x/y: let Electron centre it (the saved place is off-screen). */
export interface RestoredWindowState {
  bounds: { width: number; height: number; x?: number; y?: number }
  maximized: boolean
  fullScreen: boolean
  /** Why the saved file was not used (unreadable, not JSON, wrong shape), to log; never fatal. */
  problem?: string
}

/** How much of the window must be on a display for its saved place to be kept. */
const VISIBLE = { width: 100, height: 50 }

/**
 * Reads the saved window state and fits it to the displays there are now (`displays[0]` should
 * be the primary one, where Electron centres a window). A missing file gives the defaults; one
 * that cannot be read, is not JSON or has the wrong shape gives the defaults and a `problem`, and
 * stays on disk until the next save replaces it. A window less than 100×50 px visible on every
 * display (its monitor was unplugged) keeps its size only; one larger than its display's work area
 * is shrunk to it; the minimum sizes are respected.
 */
export async function loadWindowState(
  file: string,
  displays: readonly DisplayArea[],
  sizes: WindowSizes,
): Promise<RestoredWindowState> {
  const saved = await readSaved(file)
  const state = saved.state
  const problem = saved.problem === undefined ? {} : { problem: saved.problem }
  if (!state)
    return {
      bounds: sizeOnly(sizes, sizes, displays),
      maximized: false,
      fullScreen: false,
      ...problem,
    }
  const mode = { maximized: state.maximized, fullScreen: state.fullScreen }
  const rect = {
    ...state,
    width: Math.max(state.width, sizes.minWidth),
    height: Math.max(state.height, sizes.minHeight),
  }
  const home = mostOf(rect, displays)
  if (!home) return { bounds: sizeOnly(rect, sizes, displays), ...mode }
  const width = fitLength(rect.width, home.width, sizes.minWidth)
  const height = fitLength(rect.height, home.height, sizes.minHeight)
  // Inside the work area; if it is smaller than the minimum size, the top left stays visible.
  const x = Math.max(home.x, Math.min(rect.x, home.x + home.width - width))
  const y = Math.max(home.y, Math.min(rect.y, home.y + home.height - height))
  return { bounds: { x, y, width, height }, ...mode }
}

async function readSaved(file: string): Promise<{ state?: WindowStateFile; problem?: string }> {
  const name = basename(file)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    return {
      problem: `${name} could not be read (${(error as Error).message}); using the default window size.`,
    }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {
      problem: `${name} is not valid JSON; using the default window size.`,
    }
  }
  const result = WindowStateFile.safeParse(json)
  if (result.success) return { state: result.data }
  return {
    problem: `${name} does not match the expected format (${describeIssues(result.error)}); using the default window size.`,
  }
}

/** The work area showing most of `rect`, if one shows at least VISIBLE of it. */
function mostOf(rect: Rectangle, displays: readonly DisplayArea[]): Rectangle | undefined {
  let best: Rectangle | undefined
  let bestArea = 0
  for (const { workArea: area } of displays) {
    const w = Math.min(rect.x + rect.width, area.x + area.width) - Math.max(rect.x, area.x)
    const h = Math.min(rect.y + rect.height, area.y + area.height) - Math.max(rect.y, area.y)
    if (w >= VISIBLE.width && h >= VISIBLE.height && w * h > bestArea) {
      best = area
      bestArea = w * h
    }
  }
  return best
}

/** Shrinks `length` to the work area, but never below the window's minimum (Electron's own limit). */
function fitLength(length: number, available: number, minimum: number): number {
  return Math.max(Math.min(length, available), minimum)
}

/** The size alone (Electron centres the window), fitted to the primary display's work area. */
function sizeOnly(size: Size, sizes: WindowSizes, displays: readonly DisplayArea[]): Size {
  const area = displays[0]?.workArea ?? {
    width: Number.POSITIVE_INFINITY,
    height: Number.POSITIVE_INFINITY,
  }
  return {
    width: fitLength(size.width, area.width, sizes.minWidth),
    height: fitLength(size.height, area.height, sizes.minHeight),
  }
}
