import { createBackend, type OpenBackend } from '../api/create-backend'
import type { Backend } from '../api/dispatch'
import { appPaths } from '../paths/app-paths'
import { resolveDataDir } from '../paths/data-dir'

/** Where a command writes and which environment it sees; tests pass their own. */
export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  env: NodeJS.ProcessEnv
}

/** Opens the backend for the data directory a command was pointed at (and locks it if free). */
export async function openBackend(
  dataDirFlag: string | undefined,
  io: CliIo,
  app: string,
): Promise<OpenBackend & { dataDir: string }> {
  const dataDir = resolveDataDir(dataDirFlag, {
    platform: process.platform,
    env: io.env,
    home: io.env.HOME ?? '',
  })
  return { ...(await createBackend({ dataDir, sampleDir: appPaths().samples, app })), dataDir }
}

/** Runs a one-shot command against the backend, releasing the data directory afterwards. */
export async function withBackend<T>(
  dataDirFlag: string | undefined,
  io: CliIo,
  run: (backend: Backend) => Promise<T>,
): Promise<T> {
  const opened = await openBackend(dataDirFlag, io, 'midad cli')
  try {
    return await run(opened.backend)
  } finally {
    await opened.close()
  }
}
