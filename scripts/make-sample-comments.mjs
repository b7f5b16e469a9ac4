// Regenerates data/comments/ (the sample newsroom's comments) from
// scripts/sample-comments/{rules,comments}.json, through the real `midad comments` commands:
//   node scripts/make-sample-comments.mjs
// A scratch data directory gets the sample articles (copied, so nothing else is seeded), the
// rules, then the comments; its comments/ folder replaces data/comments/.
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const source = join(root, 'scripts', 'sample-comments')
const target = join(root, 'data', 'comments')

function midad(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'midad.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  if (result.status !== 0) throw new Error(`midad ${args.join(' ')} exited ${result.status}`)
}

const scratch = await mkdtemp(join(tmpdir(), 'midad-sample-comments-'))
try {
  await cp(join(root, 'data', 'articles'), join(scratch, 'articles'), { recursive: true })
  midad('comments', 'rules', '--set', join(source, 'rules.json'), '--data-dir', scratch)
  midad('comments', 'import', join(source, 'comments.json'), '--data-dir', scratch)
  await rm(target, { recursive: true, force: true })
  await cp(join(scratch, 'comments'), target, { recursive: true })
  console.log(`Wrote ${(await readdir(target)).length} files to data/comments/.`)
} finally {
  await rm(scratch, { recursive: true, force: true })
}
