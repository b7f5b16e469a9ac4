import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/envelope'

const root = join(import.meta.dirname, '..', '..')

/** A running `midad serve` on its own temp data directory, as a newcomer would start it. */
export interface MidadServer {
  url: string
  origin: string
  token: string
  dataDir: string
  /** Calls the API as an authorised client; returns the raw envelope. */
  call<M extends MethodName>(name: M, args: ArgsOf<M>): Promise<Envelope>
  /** Calls the API and returns the value, failing on an error envelope. */
  value<M extends MethodName>(name: M, args: ArgsOf<M>): Promise<ResultOf<M>>
  /** Stops the server process, keeping the data directory (to start another on it). */
  halt(): Promise<void>
  /** Stops the server and removes the data directory it created. */
  stop(): Promise<void>
}

/**
 * Starts the real CLI (`bin/midad.mjs serve --port 0`) and waits for the address it prints. It
 * uses a fresh temp data directory (removed on stop) unless given one.
 */
export async function startMidad(options: { dataDir?: string } = {}): Promise<MidadServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'midad-e2e-')))
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/midad.mjs', 'serve', '--data-dir', dataDir, '--port', '0'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`midad serve did not start:\n${output}`)),
      120_000,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`midad serve exited with ${code}:\n${output}`)))
  })
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  const halt = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  const parsed = new URL(url)
  const token = parsed.searchParams.get('token') ?? ''
  const call = async (name: string, args: unknown): Promise<Envelope> => {
    const response = await fetch(`${parsed.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(args),
    })
    return (await response.json()) as Envelope
  }
  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    call,
    value: async (name, args) => {
      const envelope = await call(name, args)
      if (!envelope.ok) throw new Error(`${name} failed: ${envelope.error.message}`)
      return envelope.value as never
    },
    halt,
    stop: async () => {
      await halt()
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
}
