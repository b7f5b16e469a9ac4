import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { dispatch } from '../../electron/api/dispatch'
import { lockDataDir } from '../../electron/store/data-dir-lock'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'midad-lock-'))
  dirs.push(dir)
  return dir
}

/** A lock file held by another live process (a sleeping child), as a second Midad would see it. */
async function lockedByChild(dir: string) {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' })
  const info = {
    pid: child.pid,
    host: hostname(),
    app: 'midad serve',
    since: new Date().toISOString(),
  }
  await writeFile(join(dir, 'midad.lock'), JSON.stringify(info))
  return child
}

it('a second process opens the data directory read-only and says who holds it', async () => {
  const dir = await tempDir()
  const child = await lockedByChild(dir)
  try {
    const { backend, status } = await createBackend({ dataDir: dir })
    expect(status()).toMatchObject({
      readOnly: true,
      holder: { pid: child.pid, app: 'midad serve' },
    })
    const refused = await dispatch(backend, 'articles.create', { title: 'محاولة كتابة' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } })
    if (!refused.ok) expect(refused.error.message).toContain(`process ${child.pid}`)
    const listed = await dispatch(backend, 'articles.list', {})
    expect(listed).toMatchObject({ ok: true, value: [] })
  } finally {
    child.kill()
  }
})

it('a lock left by a process that died is taken over', async () => {
  const dir = await tempDir()
  const child = await lockedByChild(dir)
  child.kill('SIGKILL')
  await new Promise((resolve) => child.once('exit', resolve))
  const { status, backend, close } = await createBackend({ dataDir: dir })
  expect(status().readOnly).toBe(false)
  expect(await dispatch(backend, 'articles.create', { title: 'بعد الانهيار' })).toMatchObject({
    ok: true,
  })
  expect(JSON.parse(await readFile(join(dir, 'midad.lock'), 'utf8')).pid).toBe(process.pid)
  await close()
  await expect(readFile(join(dir, 'midad.lock'), 'utf8')).rejects.toThrow()
})

it('the holder releases the lock, after which another process may take it', async () => {
  const dir = await tempDir()
  const first = await lockDataDir(join(dir, 'midad.lock'), 'electron')
  expect(first.held).toBe(true)
  if (first.held) await first.release()
  const again = await lockDataDir(join(dir, 'midad.lock'), 'midad serve')
  expect(again.held).toBe(true)
})
