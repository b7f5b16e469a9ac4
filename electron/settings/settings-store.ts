import { Low } from 'lowdb'
import {
  defaultSettings,
  type Settings,
  Settings as SettingsSchema,
} from '../../shared/settings/settings-schema'
import type { DataLayout } from '../store/data-layout'
import { SchemaFile } from '../store/schema-file'

/** `settings.json` of a data directory, read once and written on every change. */
export class SettingsStore {
  private constructor(private readonly db: Low<Settings>) {}

  static async open(layout: DataLayout): Promise<SettingsStore> {
    const adapter = new SchemaFile(layout.settings, SettingsSchema, layout.root)
    return new SettingsStore(new Low(adapter, (await adapter.read()) ?? { ...defaultSettings }))
  }

  get(): Settings {
    return { ...this.db.data }
  }

  async update(changes: Partial<Settings>): Promise<Settings> {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
    this.db.data = SettingsSchema.parse({ ...this.db.data, ...defined })
    await this.db.write()
    return this.get()
  }
}
