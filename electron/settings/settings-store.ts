import { Low } from 'lowdb'
import {
  defaultSettings,
  type Settings,
  Settings as SettingsSchema,
} from '../../shared/settings/settings-schema'
import type { HouseStyleChanges } from '../../shared/style/house-style'
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

  /** Changes the given settings; a `houseStyle` change keeps the house-style keys it leaves out. */
  async update(
    changes: Partial<Omit<Settings, 'houseStyle'>> & { houseStyle?: HouseStyleChanges | undefined },
  ): Promise<Settings> {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
    const style = Object.entries(changes.houseStyle ?? {}).filter(([, v]) => v !== undefined)
    const houseStyle = { ...this.db.data.houseStyle, ...Object.fromEntries(style) }
    this.db.data = SettingsSchema.parse({ ...this.db.data, ...defined, houseStyle })
    await this.db.write()
    return this.get()
  }
}
