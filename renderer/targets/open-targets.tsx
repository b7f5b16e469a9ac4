import { createContext, useContext } from 'react'

/**
 * Opens the Targets screen from anywhere below the app (the publish panel's "a target is
 * configured" check jumps there). The app provides it; the default does nothing.
 */
export const OpenTargetsContext = createContext<() => void>(() => undefined)

/** The function that opens the Targets screen. */
export const useOpenTargets = (): (() => void) => useContext(OpenTargetsContext)

/**
 * Bumped each time the Targets screen closes, when targets may have been added, changed or
 * removed: whatever lists them loads them again then.
 */
export const TargetsVersionContext = createContext(0)

/** The Targets screen's version (see {@link TargetsVersionContext}). */
export const useTargetsVersion = (): number => useContext(TargetsVersionContext)
