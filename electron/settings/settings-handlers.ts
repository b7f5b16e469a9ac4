import type { HandlerMap } from '../../shared/api/define'
import type { settingsContract } from '../../shared/settings/settings-contract'
import type { SettingsStore } from './settings-store'

/** The settings domain's implementation of the contract. */
export function settingsHandlers(settings: SettingsStore): HandlerMap<typeof settingsContract> {
  return {
    'settings.get': async () => settings.get(),
    'settings.update': (changes) => settings.update(changes),
  }
}
