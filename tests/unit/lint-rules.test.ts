import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
let sandbox = ''

/** Lints `source` as if it lived at `path` in the repository, with the project's Biome config. */
function lint(path: string, source: string): Promise<string> {
  return (async () => {
    const file = join(sandbox, path)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, source)
    const result = spawnSync(
      join(root, 'node_modules', '.bin', 'biome'),
      ['lint', '--max-diagnostics=50', path],
      {
        cwd: sandbox,
        encoding: 'utf8',
      },
    )
    await rm(file)
    return `${result.stdout}${result.stderr}`
  })()
}

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'midad-lint-'))
  const config = JSON.parse(await readFile(join(root, 'biome.json'), 'utf8')) as Record<
    string,
    unknown
  >
  delete config.$schema
  delete config.vcs
  await writeFile(join(sandbox, 'biome.json'), JSON.stringify(config))
})

afterAll(() => rm(sandbox, { recursive: true, force: true }))

test('raw ipcMain/ipcRenderer imports are banned outside the IPC wiring and the preload', async () => {
  const source = "import { ipcMain } from 'electron'\nexport const x = ipcMain\n"
  expect(await lint('electron/main/main.ts', source)).toContain('noRestrictedImports')
  expect(await lint('electron/main/ipc.ts', source)).not.toContain('noRestrictedImports')
})

test('services may not import electron at all', async () => {
  const source = "import { app } from 'electron'\nexport const x = app\n"
  expect(await lint('electron/articles/article-store.ts', source)).toContain('noRestrictedImports')
  expect(await lint('electron/main/main.ts', source)).not.toContain('noRestrictedImports')
})

test('shared/ may not import Node APIs', async () => {
  const source = "import { readFile } from 'node:fs'\nexport const x = readFile\n"
  expect(await lint('shared/arabic/normalize.ts', source)).toContain('noRestrictedImports')
})
