import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { type SafeStorageLike, safeStorageBox } from '../../electron/publish/targets/secret-box'
import { failure, value } from './fixtures/api'
import { createTempDirs, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

const wordpress = {
  kind: 'wordpress',
  name: 'موقع الجريدة',
  url: 'http://127.0.0.1:9/',
  user: 'editor',
  appPassword: 'abcd EFGH ijkl MNOP qrst UVWX',
} as const

describe('publishing targets', () => {
  it('keeps the Application Password out of the API and out of the targets file, in a 0600 file', async () => {
    const dataDir = await tempDir()
    const { backend, close } = await createBackend({ dataDir, sampleDir, dailyBackup: false })
    const added = await value(backend, 'targets.add', wordpress)
    expect(added).toEqual({
      id: expect.stringMatching(/^[a-z0-9-]+$/),
      kind: 'wordpress',
      name: 'موقع الجريدة',
      url: 'http://127.0.0.1:9/',
      user: 'editor',
    })
    const listed = await value(backend, 'targets.list', {})
    expect(listed).toEqual({ targets: [added], passwordStorage: 'file' })
    expect(JSON.stringify(listed)).not.toContain('EFGH')
    const targetsFile = await readFile(join(dataDir, 'publish-targets.json'), 'utf8')
    expect(targetsFile).not.toContain('EFGH')
    const secrets = join(dataDir, 'publish-secrets.json')
    // The spaces WordPress shows the password with are dropped.
    expect(await readFile(secrets, 'utf8')).toContain('abcdEFGHijklMNOPqrstUVWX')
    expect((await stat(secrets)).mode & 0o777).toBe(0o600)
    await close()
  })

  it('seals passwords with the system key store when Electron has one', async () => {
    const dataDir = await tempDir()
    // The shape of Electron's safeStorage: a reversible transformation of the bytes.
    const keyStore: SafeStorageLike = {
      isEncryptionAvailable: () => true,
      encryptString: (plain) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
      decryptString: (sealed) => Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString(),
    }
    const opened = await createBackend({
      dataDir,
      sampleDir,
      dailyBackup: false,
      secretBox: safeStorageBox(keyStore),
    })
    await value(opened.backend, 'targets.add', wordpress)
    expect((await value(opened.backend, 'targets.list', {})).passwordStorage).toBe('encrypted')
    expect(await readFile(join(dataDir, 'publish-secrets.json'), 'utf8')).not.toContain('EFGH')
    await opened.close()
    // Without a key store (browser mode on the same data), the password cannot be read, and a
    // test says to enter it again instead of sending garbage to WordPress.
    const plain = await createBackend({ dataDir, sampleDir, dailyBackup: false })
    const [target] = (await value(plain.backend, 'targets.list', {})).targets
    const error = await failure(plain.backend, 'targets.test', { id: target?.id })
    expect(error.code).toBe('remote')
    expect(error.message).toMatch(/enter it again/)
    await plain.close()
    expect(safeStorageBox({ ...keyStore, isEncryptionAvailable: () => false }).storage).toBe('file')
  })

  it('updates and removes targets; a taken name or a bad field changes nothing', async () => {
    const dataDir = await tempDir()
    const siteDir = await tempDir('midad-site-')
    const { backend, close } = await createBackend({ dataDir, sampleDir, dailyBackup: false })
    const folder = await value(backend, 'targets.add', {
      kind: 'folder',
      name: 'Staging',
      dir: siteDir,
    })
    const site = await value(backend, 'targets.add', wordpress)
    const before = await value(backend, 'targets.list', {})
    const secretsBefore = await readFile(join(dataDir, 'publish-secrets.json'), 'utf8')
    const refused = [
      ['targets.add', { ...wordpress, name: 'STAGING' }],
      ['targets.add', { ...wordpress, url: 'javascript:alert(1)' }],
      ['targets.add', { ...wordpress, url: 'ftp://example.com/' }],
      ['targets.add', { ...wordpress, appPassword: '   ' }],
      ['targets.add', { kind: 'folder', name: 'x', dir: 'relative/path' }],
      ['targets.add', { kind: 'ftp', name: 'x' }],
      ['targets.update', { id: folder.id, name: 'موقع الجريدة' }],
      ['targets.update', { id: folder.id, url: 'http://example.com/' }],
      ['targets.update', { id: 'no-such-target', name: 'x' }],
      ['targets.remove', { id: 'no-such-target' }],
    ] as const
    for (const [method, args] of refused) {
      const error = await failure(backend, method, args)
      expect(['invalid_argument', 'not_found'], `${method} ${JSON.stringify(args)}`).toContain(
        error.code,
      )
    }
    expect(await value(backend, 'targets.list', {})).toEqual(before)
    expect(await readFile(join(dataDir, 'publish-secrets.json'), 'utf8')).toBe(secretsBefore)

    // A password left out is kept; a new one replaces it.
    const renamed = await value(backend, 'targets.update', { id: site.id, name: 'الموقع' })
    expect(renamed).toMatchObject({ name: 'الموقع', url: wordpress.url })
    expect(await readFile(join(dataDir, 'publish-secrets.json'), 'utf8')).toBe(secretsBefore)
    await value(backend, 'targets.update', { id: site.id, appPassword: 'new pass word' })
    expect(await readFile(join(dataDir, 'publish-secrets.json'), 'utf8')).toContain('newpassword')
    await value(backend, 'targets.remove', { id: site.id })
    expect((await value(backend, 'targets.list', {})).targets).toEqual([folder])
    expect(await readFile(join(dataDir, 'publish-secrets.json'), 'utf8')).not.toContain(site.id)
    await close()
  })

  it('tests a folder target, and reports an unreachable WordPress with a remote error', async () => {
    const dataDir = await tempDir()
    const siteDir = await tempDir('midad-site-')
    const { backend, close } = await createBackend({ dataDir, sampleDir, dailyBackup: false })
    expect(
      await value(backend, 'targets.test', { kind: 'folder', name: 'x', dir: siteDir }),
    ).toEqual({
      ok: true,
      detail: siteDir,
    })
    const inside = await failure(backend, 'targets.test', {
      kind: 'folder',
      name: 'x',
      dir: join(dataDir, 'site'),
    })
    expect(inside.code).toBe('remote')
    // Port 9 (discard) on loopback: nothing listens there.
    const unreachable = await failure(backend, 'targets.test', wordpress)
    expect(unreachable.code).toBe('remote')
    expect(unreachable.details?.code).toBe('unreachable')
    expect((await value(backend, 'targets.list', {})).targets).toEqual([])
    await close()
  })
})
