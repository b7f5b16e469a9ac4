import { appPaths } from '../paths/app-paths'
import { type RunningServer, startServer } from '../server/http-server'
import { type CliIo, openBackend } from './cli-context'
import { UsageError } from './cli-errors'

/** Starts browser mode and prints its address; resolves once the server is listening. */
export async function serveCommand(
  flags: { 'data-dir'?: string; port?: string },
  io: CliIo,
): Promise<RunningServer> {
  const port = flags.port === undefined ? 0 : Number(flags.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${flags.port}".`)
  const opened = await openBackend(flags['data-dir'], io, 'midad serve')
  const server = await startServer({
    backend: opened.backend,
    rendererDir: appPaths().renderer,
    port,
  })
  io.out(`Midad is running in browser mode. Data: ${opened.dataDir}`)
  const { holder } = opened.status()
  if (holder) {
    const { app, pid } = holder
    io.out(`Read-only: the data directory is open in another Midad (${app}, process ${pid}).`)
  }
  io.out(`Open: ${server.url}`)
  const stop = () => {
    void Promise.all([server.close(), opened.close()]).finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}
