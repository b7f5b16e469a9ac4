import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import { type ApiCaller, runSiteJob } from '../support/site-fixtures'
import { value } from './fixtures/api'
import { sampleDir } from './fixtures/data-dir'

/**
 * A site export onto a disk that is full, or read-only, for real: small tmpfs file systems
 * mounted for the test. Mounting needs root (CI runs as root); elsewhere these tests skip and say
 * why (the permission test in site-export.test.ts covers an unwritable folder for other users).
 */

const mounts: string[] = []

function mountTmpfs(dir: string, options: string): string | null {
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], {
    encoding: 'utf8',
  })
  if (result.status !== 0) return (result.stderr || result.error?.message || 'mount failed').trim()
  mounts.push(dir)
  return null
}

let root = ''
let full = ''
let readOnly = ''
let cannotMount: string | null = null
let opened: OpenBackend

beforeAll(async () => {
  // Not a createTempDirs folder: those go after each test, and a mount point cannot.
  root = await mkdtemp(join(tmpdir(), 'midad-disk-'))
  full = join(root, 'full')
  readOnly = join(root, 'read-only')
  await mkdir(full)
  await mkdir(readOnly)
  // 64 KiB: less than the site's two font files, so the disk fills while the site is written.
  cannotMount = mountTmpfs(full, 'size=64k') ?? mountTmpfs(readOnly, 'ro,size=64k')
  if (cannotMount) console.info(`Skipped the full and read-only disk tests: ${cannotMount}`)
  opened = await createBackend({
    dataDir: join(root, 'data'),
    sampleDir,
    dailyBackup: false,
  })
})

afterAll(async () => {
  await opened?.close()
  for (const dir of mounts.reverse()) spawnSync('umount', [dir])
  if (root) await rm(root, { recursive: true, force: true })
})

/** The API, through the dispatcher as every transport calls it. */
const call: ApiCaller = (name, args) => value(opened.backend, name, args)

describe('a site export onto a disk that cannot take it', () => {
  it('on a full disk fails with "the disk is full", leaving the old site as it was and nothing half-written', async ({
    skip,
  }) => {
    if (cannotMount) skip(`a small tmpfs cannot be mounted here: ${cannotMount}`)
    // A site that fits: just the marker an earlier export leaves, and a file of the user's.
    const site = join(full, 'site')
    await mkdir(site)
    await writeFile(join(site, '.midad-site.json'), '{}')
    await writeFile(join(site, 'CNAME'), 'news.example\n')
    const before = await readdir(site)
    const job = await runSiteJob(call, { outDir: site, articles: 'all' })
    expect(job.state).toBe('failed')
    expect(job.error).toMatch(/could not be written to .*site: the disk is full.*left as it was/)
    expect(job.problem).toBe('disk_full')
    expect(job.result).toBeNull()
    expect((await readdir(site)).sort()).toEqual(before.sort())
    // The staging folder went with the failure: the disk holds just what it held.
    expect(await readdir(full)).toEqual(['site'])
  })

  it('on a read-only disk fails with "read-only" and creates nothing', async ({ skip }) => {
    if (cannotMount) skip(`a small tmpfs cannot be mounted here: ${cannotMount}`)
    const job = await runSiteJob(call, { outDir: join(readOnly, 'site'), articles: 'all' })
    expect(job.state).toBe('failed')
    expect(job.error).toMatch(/could not be written to .*: the file system is read-only/)
    expect(job.problem).toBe('read_only')
    expect(await readdir(readOnly)).toEqual([])
    expect((await stat(readOnly)).isDirectory()).toBe(true)
  })
})
