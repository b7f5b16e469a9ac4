import type { ShellCommand, ShellCommandName } from '../../shared/shell/shell-commands'

/** The command named `N`, with its arguments. */
export type CommandOf<N extends ShellCommandName> = ShellCommand & { command: N }

type Handler<N extends ShellCommandName> = (command: CommandOf<N>) => void

const handlers = new Map<ShellCommandName, Set<Handler<ShellCommandName>>>()

/**
 * Carries out a menu command: every view that registered for it is called. The native menu (via
 * the preload) and the browser-mode menu bar both end here, so a command behaves the same in both.
 * Returns false when nothing handles it (the item should then have been disabled).
 */
export function runShellCommand(command: ShellCommand): boolean {
  const listeners = handlers.get(command.command)
  if (!listeners?.size) return false
  for (const listener of [...listeners]) listener(command as never)
  return true
}

/** Registers a view's handler for one command; returns the function that removes it. */
export function onShellCommand<N extends ShellCommandName>(
  name: N,
  handler: Handler<N>,
): () => void {
  let listeners = handlers.get(name)
  if (!listeners) {
    listeners = new Set()
    handlers.set(name, listeners)
  }
  const added = handler as unknown as Handler<ShellCommandName>
  listeners.add(added)
  return () => listeners.delete(added)
}
