// Renders Midad's one icon source (build/icon.svg) into every PNG the installers need:
// build/icon.png (1024×1024; electron-builder derives the macOS .icns and Windows .ico from it)
// and build/icons/NxN.png for Linux. The PNGs are committed, so `npm run dist` needs no browser;
// build/icons/source.sha256 records which SVG they were made from (the unit test checks it).
// Run `node scripts/make-icons.mjs` after editing the SVG. Uses the e2e tests' Chromium.
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS, findBrowser, INSTALL_HINT } from './find-browser.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const buildDir = join(root, 'build')
const source = join(buildDir, 'icon.svg')

/** Linux icon theme sizes; 1024 (build/icon.png) is the source for macOS and Windows. */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]

/** The SHA-256 of the SVG text (line endings normalised, as Git may rewrite them). */
export function svgHash(svg) {
  return createHash('sha256').update(svg.replace(/\r\n/g, '\n')).digest('hex')
}

/** Renders the SVG at `size`×`size` on a transparent background. */
async function render(page, dataUrl, size) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img alt="" src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
  )
  await page.locator('img').evaluate((img) => img.decode())
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
}

async function main() {
  const executablePath = await findBrowser()
  if (!executablePath) throw new Error(INSTALL_HINT)
  const svg = await readFile(source, 'utf8')
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    await mkdir(join(buildDir, 'icons'), { recursive: true })
    await writeFile(join(buildDir, 'icon.png'), await render(page, dataUrl, 1024))
    for (const size of LINUX_ICON_SIZES)
      await writeFile(
        join(buildDir, 'icons', `${size}x${size}.png`),
        await render(page, dataUrl, size),
      )
  } finally {
    await browser.close()
  }
  await writeFile(join(buildDir, 'icons', 'source.sha256'), `${svgHash(svg)}  icon.svg\n`)
  console.log(`Icons written: build/icon.png and ${LINUX_ICON_SIZES.length} sizes in build/icons/.`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
