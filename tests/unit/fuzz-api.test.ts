/**
 * Fuzzes every method of the API contract (looping over `methodNames`, so a new method is fuzzed
 * without touching this file) through both transports:
 *
 * - IPC. Electron cannot run in unit tests, but electron/main/ipc.ts hands every call, unchanged,
 *   to `dispatch(backend, name, args)`. Fuzzing `dispatch` directly is therefore fuzzing the IPC
 *   path after Electron's structured clone; the `ipc` payloads hold only structured-clonable
 *   values (BigInt, Map, Set, Date, typed arrays, sparse arrays, undefined, NaN…). The one check
 *   ipc.ts makes before dispatch (calls only from the app's own frame) needs Electron and is not
 *   covered here.
 * - HTTP. The real browser-mode server on 127.0.0.1 with its launch token, fed JSON payloads,
 *   bodies that are not JSON, wrong content types and verbs, missing tokens and oversize bodies.
 *
 * Every payload is checked against the method's own argument schema first, so each one sent is
 * really invalid. Each must come back as an `invalid_argument` error naming what was wrong,
 * nothing may throw or answer 5xx, and the data directory (a temp copy of the sample newsroom)
 * must be byte-for-byte unchanged afterwards.
 *
 * `npm test` uses a fixed seed, so a run that lands is a run anyone can repeat. Explore new
 * payloads with MIDAD_FUZZ_SEED=random; reproduce a failure with MIDAD_FUZZ_SEED=<its seed>.
 */
import { createHash } from 'node:crypto'
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { inspect } from 'node:util'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import { dispatch } from '../../electron/api/dispatch'
import { MAX_BODY_BYTES, type RunningServer, startServer } from '../../electron/server/http-server'
import { isMethodName, type MethodName, methodNames } from '../../shared/api/contract'
import { Envelope } from '../../shared/api/envelope'
import { value } from './fixtures/api'
import { repoRoot, sampleDir, sampleIds } from './fixtures/data-dir'
import {
  acceptedBy,
  argKeys,
  invalidPayloads,
  rawBodies,
  toWire,
  validBases,
  wireText,
} from './fixtures/fuzz-payloads'
import { rawRequest } from './fixtures/raw-http'

/** Malformed payloads per method through dispatch, the issue's minimum. */
const DISPATCH_RUNS = 2_000
/** JSON payloads per method over HTTP, and bodies that are not valid JSON. */
const HTTP_RUNS = 250
const HTTP_RAW_RUNS = 80

const FIXED_SEED = 20_261_124
const seedSetting = process.env.MIDAD_FUZZ_SEED
const fcOptions =
  seedSetting === 'random' ? {} : { seed: seedSetting ? Number(seedSetting) : FIXED_SEED }

// ---------------------------------------------------------------------------------------------
// The data directory, byte for byte.

interface DirSnapshot {
  dirs: string[]
  files: Record<string, { size: number; sha256: string; mtimeMs: number }>
}

/** Every directory and file under `root`: relative path, size, sha256 and modification time. */
async function snapshotTree(root: string): Promise<DirSnapshot> {
  const snapshot: DirSnapshot = { dirs: [], files: {} }
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      const full = join(dir, entry.name)
      const rel = relative(root, full)
      if (entry.isDirectory()) {
        snapshot.dirs.push(rel)
        await walk(full)
      } else {
        const stat = await lstat(full)
        const bytes = await readFile(full)
        snapshot.files[rel] = {
          size: stat.size,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          mtimeMs: stat.mtimeMs,
        }
      }
    }
  }
  await walk(root)
  return snapshot
}

interface Fixture {
  root: string
  dataDir: string
  opened: OpenBackend
  /** The data directory once the backend is open and idle. */
  before: DirSnapshot
}

/**
 * Opens a backend on a fresh copy of the sample newsroom and waits until it is idle: the
 * background scan and a full read of every article have finished, and the write queue is empty.
 * Only then is the "before" snapshot taken (midad.lock, written at open, is in it).
 */
async function openIdleBackend(prefix: string): Promise<Fixture> {
  const root = await mkdtemp(join(tmpdir(), prefix))
  const dataDir = join(root, 'data')
  // The scheduled daily backup writes into the data directory on its own timer, whatever the
  // API receives; it is off here (as for one-shot CLI commands) so the snapshot measures the calls.
  const opened = await createBackend({ dataDir, sampleDir, app: 'fuzz', dailyBackup: false })
  await opened.articles.scan()
  for (const { id } of await value(opened.backend, 'articles.list', {}))
    await value(opened.backend, 'articles.get', { id })
  await value(opened.backend, 'settings.get', {})
  await opened.articles.exclusive(async () => undefined)
  return { root, dataDir, opened, before: await snapshotTree(dataDir) }
}

async function closeFixture(fixture: Fixture | undefined): Promise<void> {
  if (!fixture) return
  await fixture.opened.close()
  await rm(fixture.root, { recursive: true, force: true })
}

// ---------------------------------------------------------------------------------------------
// What a clear error looks like.

/** A stack trace: "    at fn (file.ts:1:2)" lines, or one of our source paths. */
const STACK = /\n\s+at .+:\d+:\d+|\bat .+\.(ts|js|mjs|cjs):\d+:\d+/

/** A short, safe description of a payload for failure messages (deep values included). */
function describeValue(payload: unknown): string {
  if (payload !== null && typeof payload === 'object' && wireText.has(payload))
    return fc.stringify(payload)
  const text = inspect(payload, {
    depth: 6,
    maxArrayLength: 20,
    maxStringLength: 120,
    breakLength: Number.POSITIVE_INFINITY,
  })
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text
}

/**
 * Why `envelope` is not a clear `invalid_argument` failure for `name`, or null when it is: the
 * message must name the method and the first problem found, the problems must be listed in
 * `details.issues`, and no stack trace may leak. (Plain checks, not `expect`, so that passing
 * runs cost nothing; the payload is described only on failure.)
 */
function invalidArgumentProblem(name: MethodName, envelope: unknown): string | null {
  const parsed = Envelope.safeParse(envelope)
  if (!parsed.success) return `not an envelope: ${inspect(envelope, { depth: 3 })}`
  if (parsed.data.ok)
    return `accepted a malformed payload and answered ${inspect(parsed.data.value, { depth: 2 })}`
  const { code, message, details } = parsed.data.error
  if (code !== 'invalid_argument') return `code ${code} instead of invalid_argument: "${message}"`
  if (!message.includes(name)) return `the message does not name ${name}: "${message}"`
  if (STACK.test(message) || message.includes(repoRoot))
    return `the message carries a stack trace: "${message}"`
  const issues: unknown = details?.issues
  if (!Array.isArray(issues) || issues.length === 0) return 'details.issues lists no problem'
  const first = issues[0] as { message?: unknown; path?: unknown }
  if (typeof first.message !== 'string' || first.message === '' || !Array.isArray(first.path))
    return `a malformed issue: ${inspect(first)}`
  if (!message.includes(first.message))
    return `the message does not say what was wrong ("${first.message}"): "${message}"`
  return null
}

function expectInvalidArgument(name: MethodName, envelope: unknown, payload: unknown): void {
  const problem = invalidArgumentProblem(name, envelope)
  if (problem !== null) throw new Error(`${name}: ${problem} ← ${describeValue(payload)}`)
}

/** A refusal from the HTTP layer itself (before dispatch): a JSON error with a plain message. */
function expectTransportError(text: string, where: () => string): void {
  const parsed = Envelope.safeParse(JSON.parse(text))
  if (!parsed.success || parsed.data.ok)
    throw new Error(`not an error envelope: ${text} (${where()})`)
  const { code, message } = parsed.data.error
  if (code !== 'invalid_argument' || message === '' || STACK.test(message))
    throw new Error(`not a clear invalid_argument error: ${text} (${where()})`)
}

/**
 * Ids that match the id format but name no article, among them case variants of existing ids
 * ("SAMPLE-WATER"): ids are case-sensitive, so those are missing too, even on a file system that
 * ignores case (where the file lookup alone would find sample-water.json).
 */
const missingId = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter((id) => !sampleIds.includes(id)),
  fc.constantFrom(...sampleIds).map((id) => id.toUpperCase()),
  fc.constantFrom(...sampleIds).map((id) => id.charAt(0).toUpperCase() + id.slice(1)),
)

const unknownNames = [
  '',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'articles',
  'articles.',
  '.list',
  'ARTICLES.LIST',
  'articles.list.x',
  'articles%2Elist',
  'articles.list%00',
  'store.status%20',
  'a'.repeat(2_000),
]

// ---------------------------------------------------------------------------------------------

describe('fuzzing every API method through dispatch (the IPC path)', () => {
  let fx: Fixture | undefined
  const sent = new Map<string, number>()
  let crashes = 0
  const ctx = (): Fixture => fx as Fixture

  beforeAll(async () => {
    fx = await openIdleBackend('midad-fuzz-ipc-')
  })
  afterAll(() => closeFixture(fx))

  it('starts the near-valid mutations of every method from arguments its schema accepts', () => {
    // When this fails for a new method, add a valid example for it in fixtures/fuzz-payloads.ts.
    for (const name of methodNames) expect(acceptedBy(name, validBases(name)[0]), name).toBe(true)
  })

  for (const name of methodNames) {
    it(`${name}: ${DISPATCH_RUNS} malformed payloads each get invalid_argument`, async () => {
      let count = 0
      try {
        await fc.assert(
          fc.asyncProperty(invalidPayloads(name, 'ipc'), async (payload) => {
            count++
            let envelope: unknown
            try {
              envelope = await dispatch(ctx().opened.backend, name, payload)
            } catch (error) {
              crashes++
              throw new Error(`dispatch threw ${String(error)} (${describeValue(payload)})`)
            }
            // An unexpected exception inside dispatch comes back as `internal`: count it too.
            const failed = envelope as { ok?: boolean; error?: { code?: string } }
            if (failed.ok === false && failed.error?.code === 'internal') crashes++
            expectInvalidArgument(name, envelope, payload)
          }),
          { numRuns: DISPATCH_RUNS, ...fcOptions },
        )
      } finally {
        sent.set(name, count)
      }
      expect(count).toBeGreaterThanOrEqual(2_000)
      expect(await snapshotTree(ctx().dataDir)).toEqual(ctx().before)
    }, 60_000)
  }

  it('answers unknown_method to names outside the contract', async () => {
    const names = fc.oneof(
      fc.constantFrom(...unknownNames),
      fc.string({ unit: 'binary', maxLength: 40 }).filter((n) => !isMethodName(n)),
      fc.constantFrom(...methodNames).map((n) => `${n} `),
    )
    await fc.assert(
      fc.asyncProperty(names, invalidPayloads('store.status', 'ipc'), async (name, payload) => {
        const envelope = await dispatch(ctx().opened.backend, name, payload)
        expect(envelope.ok).toBe(false)
        if (!envelope.ok) expect(envelope.error.code).toBe('unknown_method')
      }),
      { numRuns: 500, ...fcOptions },
    )
  })

  it('answers not_found or conflict to well-formed calls on missing articles or stale revisions', async () => {
    const revisions = new Map(
      (await value(ctx().opened.backend, 'articles.list', {})).map((a) => [a.id, a.revision]),
    )
    const withId = methodNames.filter((name) => argKeys(name).includes('id'))
    expect(withId.length).toBeGreaterThan(0)
    const revision = fc.integer({ min: 1, max: 2 ** 31 })
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withId),
        fc.boolean(),
        missingId,
        fc.constantFrom(...sampleIds),
        revision,
        revision,
        async (name, stale, missing, existing, rev, base) => {
          const payload: Record<string, unknown> = { ...validBases(name)[0] }
          // A missing article, or an existing one saved on top of the wrong revision.
          const current = revisions.get(existing) ?? 1
          const staleOk = stale && argKeys(name).includes('baseRevision') && base !== current
          payload.id = staleOk ? existing : missing
          if ('revision' in payload) payload.revision = rev
          if ('baseRevision' in payload) payload.baseRevision = base
          if (!acceptedBy(name, payload)) return
          const envelope = await dispatch(ctx().opened.backend, name, payload)
          const where = `${name} ← ${JSON.stringify(payload)}`
          expect(envelope.ok, where).toBe(false)
          if (envelope.ok) return
          expect(staleOk ? ['conflict', 'not_found'] : ['not_found'], where).toContain(
            envelope.error.code,
          )
          expect(envelope.error.message.length, where).toBeGreaterThan(0)
        },
      ),
      { numRuns: 300, ...fcOptions },
    )
  })

  // Crashes and 5xx answers fail the per-method tests above; the summaries only count them.
  it('leaves the data directory byte-for-byte unchanged', async () => {
    const after = await snapshotTree(ctx().dataDir)
    expect(after).toEqual(ctx().before)
    const counts = [...sent.values()]
    console.log(
      `fuzz: ${methodNames.length} methods × ≥${Math.min(...counts)} payloads via dispatch ` +
        `(${counts.reduce((a, b) => a + b, 0)} in all; ${[...sent].map(([n, c]) => `${n} ${c}`).join(', ')}), ` +
        `${crashes} crashes (internal errors, shrinking included), data dir unchanged (${Object.keys(after.files).length} files, ${after.dirs.length} dirs)`,
    )
  })
})

// ---------------------------------------------------------------------------------------------

interface HttpAnswer {
  status: number
  type: string
  text: string
}

describe('fuzzing every API method over HTTP (browser mode)', () => {
  let fx: Fixture | undefined
  let server: RunningServer | undefined
  let rendererRoot: string | undefined
  const sent = new Map<string, number>()
  let fiveHundreds = 0
  const ctx = (): Fixture => fx as Fixture
  const srv = (): RunningServer => server as RunningServer

  beforeAll(async () => {
    fx = await openIdleBackend('midad-fuzz-http-')
    rendererRoot = await mkdtemp(join(tmpdir(), 'midad-fuzz-renderer-'))
    await mkdir(join(rendererRoot, 'renderer'))
    await writeFile(join(rendererRoot, 'renderer', 'index.html'), '<!doctype html>')
    server = await startServer({
      backend: fx.opened.backend,
      rendererDir: join(rendererRoot, 'renderer'),
      port: 0,
    })
  })
  afterAll(async () => {
    await server?.close()
    await closeFixture(fx)
    if (rendererRoot) await rm(rendererRoot, { recursive: true, force: true })
  })

  async function post(
    name: string,
    body: Uint8Array | string,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer> {
    const res = await fetch(`${srv().origin}/api/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${srv().token}`,
        ...headers,
      },
      // A copy, so fetch gets a Uint8Array over a plain ArrayBuffer whatever `body` views.
      body: typeof body === 'string' ? body : Uint8Array.from(body),
    })
    const answer = {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      text: await res.text(),
    }
    if (answer.status >= 500) fiveHundreds++
    return answer
  }

  function expectJson4xx(answer: HttpAnswer, status: number, where: () => string): void {
    if (answer.status !== status || !answer.type.startsWith('application/json')) {
      throw new Error(
        `answered ${answer.status} (${answer.type}) instead of ${status} JSON: ` +
          `${answer.text.slice(0, 300)} (${where()})`,
      )
    }
  }

  /** What the server will make of `bytes`: an empty body reads as `{}`; undefined if not JSON. */
  function serverView(bytes: Uint8Array): { json: boolean; value: unknown } {
    const text = Buffer.from(bytes).toString('utf8')
    if (text === '') return { json: true, value: {} }
    try {
      return { json: true, value: JSON.parse(text) }
    } catch {
      return { json: false, value: undefined }
    }
  }

  for (const name of methodNames) {
    it(`${name}: malformed JSON payloads and bodies each get a 4xx JSON error`, async () => {
      let count = 0
      try {
        // Payloads that are JSON, but not valid arguments.
        await fc.assert(
          fc.asyncProperty(invalidPayloads(name, 'json'), async (payload) => {
            count++
            const answer = await post(name, Buffer.from(toWire(payload), 'utf8'))
            const where = () => `${name} ← ${describeValue(payload)}`
            expectJson4xx(answer, 400, where)
            expectInvalidArgument(name, JSON.parse(answer.text), payload)
          }),
          { numRuns: HTTP_RUNS, ...fcOptions },
        )

        // Bodies that are not JSON at all, or broken JSON, or JSON of the wrong shape.
        const raw = rawBodies(name).filter((bytes) => {
          const view = serverView(bytes)
          return !view.json || !acceptedBy(name, view.value)
        })
        await fc.assert(
          fc.asyncProperty(raw, async (bytes) => {
            count++
            const answer = await post(name, bytes)
            const where = () =>
              `${name} ← bytes ${Buffer.from(bytes).toString('base64').slice(0, 200)}`
            expectJson4xx(answer, 400, where)
            expectTransportError(answer.text, where)
          }),
          { numRuns: HTTP_RAW_RUNS, ...fcOptions },
        )

        // A valid body, refused because of how it is sent.
        const valid = JSON.stringify(validBases(name)[0])
        for (const type of [
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'Application/JSON',
          'application/jso',
          'text/json',
          '',
        ]) {
          count++
          const answer = await post(name, valid, { 'Content-Type': type })
          expectJson4xx(answer, 415, () => `${name} as "${type}"`)
          expectTransportError(answer.text, () => `${name} as "${type}"`)
        }
        for (const verb of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
          count++
          const res = await rawRequest(srv().port, `/api/${name}`, {
            method: verb,
            headers: {
              Host: `127.0.0.1:${srv().port}`,
              Authorization: `Bearer ${srv().token}`,
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(valid),
            },
            body: valid,
          })
          const answer = {
            status: res.status,
            type: String(res.headers['content-type']),
            text: res.body,
          }
          expectJson4xx(answer, 405, () => `${verb} ${name}`)
          expectTransportError(answer.text, () => `${verb} ${name}`)
        }
        for (const headers of [
          {},
          { Authorization: 'Bearer wrong-token' },
          { Authorization: `Basic ${srv().token}` },
          { Cookie: `midad-${srv().port}=wrong` },
        ]) {
          count++
          const res = await rawRequest(srv().port, `/api/${name}?token=${srv().token}`, {
            method: 'POST',
            headers: {
              Host: `127.0.0.1:${srv().port}`,
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(valid),
              ...headers,
            },
            body: valid,
          })
          expect(res.status, `${name} without the token`).toBe(401)
          expect(res.body.length).toBeGreaterThan(0)
        }

        // Larger than the cap.
        count++
        const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 'x')
        huge.write('{"title":"')
        huge.write('"}', huge.length - 2)
        const answer = await post(name, huge)
        expectJson4xx(answer, 413, () => `${name} oversize`)
        expectTransportError(answer.text, () => `${name} oversize`)
      } finally {
        sent.set(name, count)
      }
      expect(count).toBeGreaterThanOrEqual(HTTP_RUNS + HTTP_RAW_RUNS)
      expect(await snapshotTree(ctx().dataDir)).toEqual(ctx().before)
      // The server still answers.
      expect((await post('store.status', '{}')).status).toBe(200)
    }, 60_000)
  }

  it('answers 4xx to API paths that name no method', async () => {
    for (const name of unknownNames) {
      const res = await rawRequest(srv().port, `/api/${name}`, {
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${srv().port}`,
          Authorization: `Bearer ${srv().token}`,
          'Content-Type': 'application/json',
          'Content-Length': 2,
        },
        body: '{}',
      })
      expect(res.status, name).toBe(404)
      const envelope = Envelope.parse(JSON.parse(res.body))
      expect(envelope.ok ? undefined : envelope.error.code, name).toBe('unknown_method')
    }
  })

  it('leaves the data directory unchanged and still answers valid calls', async () => {
    const after = await snapshotTree(ctx().dataDir)
    expect(after).toEqual(ctx().before)
    const list = await post('articles.list', '{}')
    expect(list.status).toBe(200)
    const envelope = Envelope.parse(JSON.parse(list.text))
    expect(envelope.ok && (envelope.value as unknown[]).length).toBe(sampleIds.length)
    expect((await post('store.status', '')).status).toBe(200)
    expect((await post('settings.get', '{}')).status).toBe(200)
    const counts = [...sent.values()]
    console.log(
      `fuzz: ${methodNames.length} methods × ≥${Math.min(...counts)} requests via HTTP ` +
        `(${HTTP_RUNS} JSON payloads + ${HTTP_RAW_RUNS} non-JSON/broken bodies + content types, verbs, ` +
        `tokens, oversize; ${counts.reduce((a, b) => a + b, 0)} in all), ${fiveHundreds} 5xx, ` +
        `server still answering, data dir unchanged`,
    )
  })
})
