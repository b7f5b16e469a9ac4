import { createContext, useContext } from 'react'

/**
 * Opens the Targets screen from anywhere below the app (the publish panel's "a target is
 * configured" check jumps there). The app provides it; the default does nothing.
 */
export const OpenTargetsContext = createContext<() => void>(() => undefined)

/** The function that opens the Targets screen. */
export const useOpenTargets = (): (() => void) => useContext(OpenTargetsContext)
