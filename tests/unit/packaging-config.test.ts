// electron-builder.yml checked with electron-builder's own loader and JSON-schema validator, and
// its `files` with electron-builder's own matcher, without building anything; plus the icons.
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import type { Configuration } from 'app-builder-lib'
import { FileMatcher } from 'app-builder-lib/out/fileMatcher'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { expect, test } from 'vitest'
import { appPaths } from '../../electron/paths/app-paths'

const root = join(import.meta.dirname, '..', '..')
const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]

/** Loads a project's electron-builder config the way `electron-builder` does, then validates it. */
async function loadValidated(projectDir: string): Promise<Configuration> {
  const config = await getConfig(projectDir, null, null)
  await validateConfiguration(config, new DebugLogger(false))
  return config
}

/** electron-builder's own filter for the `files` patterns, over paths relative to the project. */
async function packagedFilter(config: Configuration) {
  const [fileSet] = config.files as Array<{ filter: string[] }>
  const filter = new FileMatcher(root, root, (p) => p, fileSet?.filter).createFilter()
  const asFile = { isDirectory: () => false } as Parameters<typeof filter>[1]
  return (path: string) => filter(join(root, path), asFile)
}

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] }
}

test('electron-builder.yml is valid for electron-builder, with Midad’s id, name and targets', async () => {
  const config = await loadValidated(root)
  expect(config.appId).toBe('org.midad.editor')
  expect(config.productName).toBe('Midad')
  expect(config.asar).toBe(true)
  expect(config.linux?.target).toEqual(['AppImage', 'deb'])
  expect(config.linux).toMatchObject({ icon: 'build/icons', category: 'Office' })
  expect(config.linux?.maintainer).toMatch(/<.+@.+>/)
  expect(config.linux?.description).toMatch(/Arabic/)
  // The deb target refuses to build without a home page (FpmTarget) and an author email.
  expect(config.extraMetadata).toMatchObject({ homepage: expect.stringMatching(/^https:\/\//) })
  expect(config.extraMetadata?.author?.email).toMatch(/@/)
  // findAppRoot (app-paths.ts) finds the packaged app by its package.json's name.
  expect(config.extraMetadata?.name ?? 'midad').toBe('midad')
  expect(config.win).toMatchObject({ target: 'nsis', icon: 'build/icon.png' })
  expect(config.mac).toMatchObject({ target: 'dmg', icon: 'build/icon.png' })
})

test('the Electron fuses harden the build, and each is a fuse @electron/fuses knows', async () => {
  const { electronFuses } = await loadValidated(root)
  expect(electronFuses).toMatchObject({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  })
  for (const key of Object.keys(electronFuses ?? {}).filter(
    (k) => k !== 'resetAdHocDarwinSignature',
  )) {
    const fuse = key[0]?.toUpperCase() + key.slice(1)
    expect(FuseV1Options, key).toHaveProperty(fuse)
  }
})

test('`files` packs what the app reads at run time and no sources, tests, maps or docs', async () => {
  const packed = await packagedFilter(await loadValidated(root))
  const paths = appPaths(root)
  const samples = (await readdir(paths.samples, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
  expect(samples.length).toBeGreaterThan(0)
  const needed = [
    'package.json',
    'dist/electron/main.mjs',
    'dist/electron/preload.cjs',
    'dist/electron/site-render-worker.mjs',
    `${relative(root, paths.renderer)}/index.html`,
    `${relative(root, paths.renderer)}/assets/index-abc123.js`,
    ...samples,
  ]
  for (const path of needed) expect(packed(path), path).toBe(true)
  const unwanted = [
    'electron/main/main.ts',
    'electron/paths/app-paths.ts',
    'renderer/app/app.tsx',
    'shared/settings/settings-schema.ts',
    'tests/unit/packaging-config.test.ts',
    'tests/e2e/fixtures.ts',
    'dist/electron/main.mjs.map',
    'dist/renderer/assets/index-abc123.js.map',
    'dist/node/cli.mjs',
    'dist/bench/store-bench-run.mjs',
    'docs/notes.md',
    'README.md',
    'scripts/build.mjs',
    'build/icon.svg',
    'electron-builder.yml',
    'node_modules/zod/README.md',
  ]
  for (const path of unwanted) expect(packed(path), path).toBe(false)
})

test('every icon exists at its size, made from the current build/icon.svg', async () => {
  const icon = pngHeader(await readFile(join(root, 'build', 'icon.png')))
  expect(icon).toEqual({ width: 1024, height: 1024, colourType: 6 })
  for (const size of LINUX_ICON_SIZES) {
    const png = await readFile(join(root, 'build', 'icons', `${size}x${size}.png`))
    expect(pngHeader(png), `${size}x${size}.png`).toEqual({
      width: size,
      height: size,
      colourType: 6,
    })
  }
  const svg = (await readFile(join(root, 'build', 'icon.svg'), 'utf8')).replace(/\r\n/g, '\n')
  const recorded = (await readFile(join(root, 'build', 'icons', 'source.sha256'), 'utf8')).split(
    ' ',
  )[0]
  expect(recorded, 'icons are stale: run node scripts/make-icons.mjs').toBe(
    createHash('sha256').update(svg).digest('hex'),
  )
})

test.each([
  ['asar given as a string', 'asar: "yes"'],
  ['an unknown top-level key', 'asarr: true'],
  ['a misspelt fuse', 'electronFuses:\n  runAsNod: false'],
  ['a Linux target option in the wrong place', 'linux:\n  oneClick: false'],
])('the same loader and validator reject a broken config: %s', async (_name, yaml) => {
  const dir = await mkdtemp(join(tmpdir(), 'midad-builder-config-'))
  try {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'midad', version: '0.0.0' }))
    await writeFile(join(dir, 'electron-builder.yml'), `appId: org.midad.editor\n${yaml}\n`)
    await expect(loadValidated(dir)).rejects.toThrow(/Invalid configuration object/)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
