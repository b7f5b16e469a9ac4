import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { dispatch } from '../../electron/api/dispatch'
import { dataLayout } from '../../electron/store/data-layout'
import { migrate } from '../../electron/store/migrations/migrate'
import { STORE_SCHEMA_VERSION } from '../../electron/store/store-meta'

/** A data directory written by Midad with schema 1 (the foundation's format), kept as it was. */
const fixture = join(import.meta.dirname, 'fixtures', 'store-v1')
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function copyOfFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'midad-migrate-'))
  dirs.push(dir)
  await cp(fixture, dir, { recursive: true })
  return dir
}

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'))

it('upgrades a schema-1 data directory without losing an article or a word', async () => {
  const dir = await copyOfFixture()
  const files = (await readdir(join(fixture, 'articles'))).sort()
  expect(files.length).toBe(6)
  expect((await readJson(join(fixture, 'midad.json'))).schemaVersion).toBe(1)

  const { backend, close } = await createBackend({ dataDir: dir })
  expect((await readJson(join(dir, 'midad.json'))).schemaVersion).toBe(STORE_SCHEMA_VERSION)
  for (const file of files) {
    const before = await readJson(join(fixture, 'articles', file))
    const got = await dispatch(backend, 'articles.get', { id: before.id })
    expect(got).toEqual({ ok: true, value: before })
    const kept = await readdir(join(dir, 'revisions', before.id))
    expect(kept).toHaveLength(1)
    expect(await readJson(join(dir, 'revisions', before.id, kept[0] ?? ''))).toEqual(before)
  }
  const listed = await dispatch(backend, 'articles.list', {})
  const ids = listed.ok ? (listed.value as { id: string }[]).map((a) => a.id) : []
  expect(ids.sort()).toEqual(files.map((f) => f.slice(0, -5)).sort())
  await close()
})

it('can run again after a crash part-way through, without duplicating revisions', async () => {
  const dir = await copyOfFixture()
  const layout = dataLayout(dir)
  const meta = await readJson(layout.meta)
  await migrate(layout, meta)
  await migrate(layout, meta) // as if the version bump had not reached the disk
  for (const id of await readdir(join(dir, 'revisions'))) {
    expect(await readdir(join(dir, 'revisions', id))).toHaveLength(1)
  }
})
