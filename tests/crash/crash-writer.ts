// A child process that saves articles through the real store as fast as it can, printing one
// "ack" line per save the store has acknowledged. The crash test kills it with SIGKILL.
import { createBackend } from '../../electron/api/create-backend'
import { versionedFields } from './versioned-content'

const [dataDir = '', seedArg = '1'] = process.argv.slice(2)
let seed = Number(seedArg)
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed / 2 ** 32
}

const { articles } = await createBackend({ dataDir, app: 'crash-writer', compactAfter: 25 })
const ack = (id: string, revision: number, version: number) =>
  process.stdout.write(`ack ${id} ${revision} ${version}\n`)
process.stdout.write('ready\n')

for (let version = Date.now(); ; version++) {
  const ids = articles.list().map((a) => a.id)
  if (ids.length < 6 || random() < 0.05) {
    const created = await articles.create(versionedFields(version, random))
    ack(created.id, created.revision, version)
    continue
  }
  const id = ids[Math.floor(random() * ids.length)] ?? ''
  const current = await articles.get(id)
  const saved = await articles.save(id, current.revision, versionedFields(version, random))
  ack(id, saved.revision, version)
}
