// Refreshes Midad's bundled Arabic Hunspell dictionary (data/dictionaries/ar) from Debian's
// hunspell-ar package: ar.aff, ar.dic, the licence (LICENSE.txt) and SOURCE.json, which records the
// package, its version and the SHA-256 of each file (a unit test checks them). The app only ever
// reads these vendored files; it never downloads a dictionary.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const from = process.env.MIDAD_HUNSPELL_DIR ?? '/usr/share/hunspell'
const copyright = '/usr/share/doc/hunspell-ar/copyright'
const to = join(root, 'data', 'dictionaries', 'ar')
const files = ['ar.aff', 'ar.dic']

for (const file of [...files.map((f) => join(from, f)), copyright]) {
  if (!existsSync(file)) {
    console.error(
      `copy-dictionary: ${file} not found; install Debian's Arabic dictionary first: sudo apt-get install hunspell-ar`,
    )
    process.exit(1)
  }
}

/** The installed package's version, as dpkg records it. */
function packageVersion() {
  try {
    const line = execFileSync('dpkg-query', ['-W', 'hunspell-ar'], { encoding: 'utf8' })
    return line.trim().split(/\s+/)[1] ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

const version = packageVersion()
await mkdir(to, { recursive: true })
const sha256 = {}
for (const file of files) {
  const bytes = await readFile(join(from, file))
  await writeFile(join(to, file), bytes)
  sha256[file] = createHash('sha256').update(bytes).digest('hex')
}

const licence = `Midad's Arabic spelling dictionary (ar.aff, ar.dic)
=====================================================

Source: Debian package hunspell-ar ${version} (https://packages.debian.org/hunspell-ar),
copied unchanged from /usr/share/hunspell by scripts/copy-dictionary.mjs.
Upstream: Ayaspell, http://ayaspell.sourceforge.net/ (Mohamed Kebdani and contributors).

The dictionary is available under any of three licences, at your choice: the GNU General
Public License 2.0 (or later), the GNU Lesser General Public License 2.1 (or later) and the
Mozilla Public License 1.1. Midad uses it under the LGPL 2.1 / MPL 1.1 terms: the files are
shipped unchanged and separately from Midad's own code, and are read as data at run time.
Full texts: https://www.gnu.org/licenses/old-licenses/gpl-2.0.html,
https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html, https://www.mozilla.org/MPL/1.1/.

Debian's copyright file for the package follows, verbatim.

-----------------------------------------------------------------------------

${await readFile(copyright, 'utf8')}`
await writeFile(join(to, 'LICENSE.txt'), licence)

const source = { package: 'hunspell-ar', version, origin: 'Debian', upstream: 'Ayaspell', sha256 }
await writeFile(join(to, 'SOURCE.json'), `${JSON.stringify(source, null, 2)}\n`)
console.log(`copy-dictionary: hunspell-ar ${version} copied to ${to}`)
