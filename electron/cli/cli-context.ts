import { createBackend } from '../api/create-backend'
import type { Backend } from '../api/dispatch'
import { appPaths } from '../paths/app-paths'
import { resolveDataDir } from '../paths/data-dir'

/** Where a command writes and which environment it sees; tests pass their own. */
export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  env: NodeJS.ProcessEnv
}

/** Opens the backend for the data directory a command was pointed at. */
export async function openBackend(
  dataDirFlag: string | undefined,
  io: CliIo,
): Promise<{ backend: Backend; dataDir: string }> {
  const dataDir = resolveDataDir(dataDirFlag, {
    platform: process.platform,
    env: io.env,
    home: io.env.HOME ?? '',
  })
  const { backend } = await createBackend({ dataDir, sampleDir: appPaths().samples })
  return { backend, dataDir }
}
