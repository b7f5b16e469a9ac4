import { randomUUID } from 'node:crypto'
import { isAbsolute, resolve } from 'node:path'
import { Low } from 'lowdb'
import { ApiError } from '../../../shared/api/errors'
import {
  sameTargetName,
  type Target,
  type TargetInput,
} from '../../../shared/publish/target-schema'
import type { DataLayout } from '../../store/data-layout'
import { SchemaFile } from '../../store/schema-file'
import { SerialQueue } from '../../store/serial-queue'
import type { SecretBox } from './secret-box'
import { type SecretsFile, SecretsFile as SecretsSchema, TargetsFile } from './target-files'

/** A target with its password, for the code that publishes (never sent to the UI). */
export type TargetWithSecret = Target & { appPassword?: string }

/** The fields `targets.update` may change. */
export interface TargetChanges {
  name?: string | undefined
  dir?: string | undefined
  url?: string | undefined
  user?: string | undefined
  appPassword?: string | undefined
}

/**
 * The publishing targets of a data directory: `publish-targets.json` for what the UI may see and
 * `publish-secrets.json` (0600, sealed by the {@link SecretBox}) for the Application Passwords.
 */
export class TargetStore {
  private readonly queue = new SerialQueue()

  private constructor(
    private readonly targets: Low<TargetsFile>,
    private readonly secrets: Low<SecretsFile>,
    private readonly box: SecretBox,
    private readonly readOnly: { reason: string } | undefined,
  ) {}

  static async open(
    layout: DataLayout,
    box: SecretBox,
    readOnly?: { reason: string },
  ): Promise<TargetStore> {
    const targets = new SchemaFile(layout.targets, TargetsFile, layout.root)
    const secrets = new SchemaFile(layout.secrets, SecretsSchema, layout.root)
    return new TargetStore(
      new Low(targets, (await targets.read()) ?? { version: 1, targets: [] }),
      new Low(secrets, (await secrets.read()) ?? { version: 1, secrets: {} }),
      box,
      readOnly,
    )
  }

  /** Where passwords are kept by this process. */
  get passwordStorage() {
    return this.box.storage
  }

  list(): Target[] {
    return this.targets.data.targets.map((t) => ({ ...t }))
  }

  /** One target, or a `not_found` error naming it. */
  get(id: string): Target {
    const target = this.targets.data.targets.find((t) => t.id === id)
    if (!target) throw new ApiError('not_found', `There is no publishing target "${id}".`)
    return { ...target }
  }

  /** The target with its password opened, for publishing. */
  withSecret(id: string): TargetWithSecret {
    const target = this.get(id)
    if (target.kind !== 'wordpress') return target
    const sealed = this.secrets.data.secrets[id]
    if (!sealed) return target
    if (sealed.storage !== this.box.storage)
      throw new ApiError(
        'remote',
        `The Application Password of "${target.name}" was saved ${sealed.storage === 'encrypted' ? 'encrypted by the desktop app' : 'in a plain file'} and cannot be read here; enter it again in Targets.`,
      )
    return { ...target, appPassword: this.box.open(sealed.value) }
  }

  add(input: TargetInput & { appPassword?: string }): Promise<Target> {
    return this.queue.run(async () => {
      this.assertWritable()
      this.assertFreeName(input.name)
      const id = randomUUID()
      const target: Target =
        input.kind === 'folder'
          ? { id, kind: 'folder', name: input.name, dir: folder(input.dir) }
          : { id, kind: 'wordpress', name: input.name, url: input.url, user: input.user }
      if (input.kind === 'wordpress') await this.putSecret(id, input.appPassword ?? '')
      this.targets.data.targets.push(target)
      await this.targets.write()
      return { ...target }
    })
  }

  update(id: string, changes: TargetChanges): Promise<Target> {
    return this.queue.run(async () => {
      this.assertWritable()
      const current = this.get(id)
      if (changes.name !== undefined) this.assertFreeName(changes.name, id)
      const name = changes.name ?? current.name
      const next: Target =
        current.kind === 'folder'
          ? { ...current, name, dir: changes.dir !== undefined ? folder(changes.dir) : current.dir }
          : {
              ...current,
              name,
              url: changes.url ?? current.url,
              user: changes.user ?? current.user,
            }
      const wrongKind =
        current.kind === 'folder'
          ? (changes.url ?? changes.user ?? changes.appPassword)
          : changes.dir
      if (wrongKind !== undefined)
        throw new ApiError(
          'invalid_argument',
          `A ${current.kind} target has no such field; change the ${current.kind === 'folder' ? 'folder' : 'address, user or password'}.`,
        )
      if (current.kind === 'wordpress' && changes.appPassword)
        await this.putSecret(id, changes.appPassword)
      this.targets.data.targets = this.targets.data.targets.map((t) => (t.id === id ? next : t))
      await this.targets.write()
      return { ...next }
    })
  }

  remove(id: string): Promise<void> {
    return this.queue.run(async () => {
      this.assertWritable()
      this.get(id)
      this.targets.data.targets = this.targets.data.targets.filter((t) => t.id !== id)
      await this.targets.write()
      if (this.secrets.data.secrets[id]) {
        delete this.secrets.data.secrets[id]
        await this.secrets.write()
      }
    })
  }

  private async putSecret(id: string, password: string): Promise<void> {
    this.secrets.data.secrets[id] = { storage: this.box.storage, value: this.box.seal(password) }
    await this.secrets.write()
  }

  private assertFreeName(name: string, except?: string): void {
    if (this.list().some((t) => t.id !== except && sameTargetName(t.name, name)))
      throw new ApiError('invalid_argument', `A target named "${name}" already exists.`, {
        issues: [{ path: ['name'], message: 'This name is taken.' }],
      })
  }

  private assertWritable(): void {
    if (this.readOnly) throw new ApiError('read_only', this.readOnly.reason)
  }
}

/** A folder as stored: absolute (a relative one would depend on where Midad was started). */
function folder(dir: string): string {
  if (!isAbsolute(dir))
    throw new ApiError('invalid_argument', `The folder must be a full path: ${dir}`, {
      issues: [{ path: ['dir'], message: 'Give the full path of the folder.' }],
    })
  return resolve(dir)
}
