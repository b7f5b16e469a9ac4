import { createBackend, type OpenBackend } from '../api/create-backend'
import type { Backend } from '../api/dispatch'
import { appPaths } from '../paths/app-paths'
import { resolveDataDir } from '../paths/data-dir'

/** Where a command writes and which environment it sees; tests pass their own. */
export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  /**
   * Shows a progress line in place of the last one ('' clears it); set only when stderr is a
   * terminal. Absent: commands print progress as ordinary lines, now and then.
   */
  progress?: (line: string) => void
  env: NodeJS.ProcessEnv
  /**
   * Asks the person at the terminal and returns their answer. Absent: commands that must confirm
   * ask on stdin when it is a terminal and refuse otherwise.
   */
  ask?: (question: string) => Promise<string>
}

/** The data directory a command was pointed at: `--data-dir`, then `MIDAD_DATA_DIR`, then the default. */
export function dataDirOf(dataDirFlag: string | undefined, io: CliIo): string {
  return resolveDataDir(dataDirFlag, {
    platform: process.platform,
    env: io.env,
    home: io.env.HOME ?? '',
  })
}

/**
 * Opens the backend for the data directory a command was pointed at (and locks it if free).
 * Long-running commands (`serve`) keep the daily backup; one-shot ones pass `dailyBackup: false`.
 */
export async function openBackend(
  dataDirFlag: string | undefined,
  io: CliIo,
  app: string,
  options: { dailyBackup?: false; publishJobs?: false } = {},
): Promise<OpenBackend & { dataDir: string }> {
  const dataDir = dataDirOf(dataDirFlag, io)
  const opened = await createBackend({
    dataDir,
    sampleDir: appPaths().samples,
    dictionaryDir: appPaths().dictionaries,
    app,
    ...options,
  })
  return { ...opened, dataDir }
}

/** Runs a one-shot command against the backend, releasing the data directory afterwards. */
export async function withBackend<T>(
  dataDirFlag: string | undefined,
  io: CliIo,
  run: (backend: Backend, opened: OpenBackend) => Promise<T>,
  options: { publishJobs?: boolean } = {},
): Promise<T> {
  // No daily backup: the command exits at once, and `midad backup` is there to make one. Publish
  // jobs run only for the commands that publish: the others must not start (and cut off) them.
  const opened = await openBackend(dataDirFlag, io, 'midad cli', {
    dailyBackup: false,
    ...(options.publishJobs ? {} : { publishJobs: false }),
  })
  try {
    return await run(opened.backend, opened)
  } finally {
    await opened.close()
  }
}
