import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { summarize } from '../../shared/articles/article-schema'
import { versionOf } from '../crash/versioned-content'

/** 20 kills in `npm test`; `npm run test:crash` sets MIDAD_CRASH_KILLS=200. */
const KILLS = Number(process.env.MIDAD_CRASH_KILLS ?? 20)
const root = join(import.meta.dirname, '..', '..')
let work = ''
let writer = ''

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'midad-crash-'))
  writer = join(work, 'crash-writer.mjs')
  await build({
    entryPoints: [join(root, 'tests', 'crash', 'crash-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  })
})
afterAll(() => rm(work, { recursive: true, force: true }))

/** Runs the writer until it is ready, lets it save for a random while, then SIGKILLs it. */
async function runAndKill(
  dataDir: string,
  seed: number,
  acks: Map<string, { revision: number; version: number }>,
) {
  const child: ChildProcess = spawn(process.execPath, [writer, dataDir, String(seed)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stderr?.on('data', (c: Buffer) => {
    err += c
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      out += c
      if (out.includes('ready\n')) resolve()
    })
    child.once('exit', () => reject(new Error(`writer exited early:\n${err}`)))
  })
  await new Promise((r) => setTimeout(r, 20 + ((seed * 7919) % 400)))
  child.kill('SIGKILL')
  await exited
  for (const line of out.split('\n')) {
    const m = /^ack (\S+) (\d+) (\d+)$/.exec(line)
    if (m?.[1]) acks.set(m[1], { revision: Number(m[2]), version: Number(m[3]) })
  }
}

it(
  `survives ${KILLS} SIGKILLs mid-save: every article whole, index agreeing, no acknowledged save lost`,
  async () => {
    const dataDir = join(work, 'data')
    const acks = new Map<string, { revision: number; version: number }>()
    const figures = { kills: 0, opens: 0, articlesChecked: 0, anomalies: [] as string[] }
    for (let kill = 1; kill <= KILLS; kill++) {
      await runAndKill(dataDir, kill, acks)
      figures.kills++
      const { articles, close, status } = await createBackend({ dataDir })
      figures.opens++
      const files = (await readdir(join(dataDir, 'articles'))).filter(
        (f) => f.endsWith('.json') && !f.startsWith('.'),
      )
      const indexed = new Map(articles.list().map((s) => [s.id, s]))
      if (indexed.size !== files.length)
        figures.anomalies.push(`kill ${kill}: index has ${indexed.size}, files ${files.length}`)
      for (const file of files) {
        const id = file.slice(0, -5)
        const article = await articles.get(id)
        figures.articlesChecked++
        const version = versionOf(article)
        const acked = acks.get(id)
        if (version === null) figures.anomalies.push(`kill ${kill}: ${id} is mixed`)
        if (JSON.stringify(indexed.get(id)) !== JSON.stringify(summarize(article))) {
          figures.anomalies.push(`kill ${kill}: index entry of ${id} disagrees with its file`)
        }
        if (acked && (article.revision < acked.revision || article.revision > acked.revision + 1)) {
          figures.anomalies.push(
            `kill ${kill}: ${id} at revision ${article.revision}, acknowledged ${acked.revision}`,
          )
        }
        if (acked && article.revision === acked.revision && version !== acked.version) {
          figures.anomalies.push(`kill ${kill}: ${id} lost acknowledged version ${acked.version}`)
        }
        if (acked) acks.set(id, { revision: article.revision, version: version ?? -1 })
      }
      for (const id of acks.keys())
        if (!indexed.has(id)) figures.anomalies.push(`kill ${kill}: acknowledged ${id} is missing`)
      if (status().recoveries.length)
        figures.anomalies.push(`kill ${kill}: ${status().recoveries.length} damaged files`)
      await close()
    }
    console.log(
      `crash: kills=${figures.kills} opens=${figures.opens} articles_checked=${figures.articlesChecked} anomalies=${figures.anomalies.length}`,
    )
    expect(figures.anomalies).toEqual([])
    expect(figures.kills).toBe(KILLS)
  },
  KILLS * 5_000,
)
