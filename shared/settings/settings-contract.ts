import { z } from 'zod'
import { method } from '../api/define'
import { HouseStyleChanges } from '../style/house-style'
import {
  Digits,
  DisplayName,
  Language,
  Settings,
  SiteTitle,
  SiteUrl,
  SpellcheckMode,
  Theme,
} from './settings-schema'

/** The settings domain. */
export const settingsContract = {
  'settings.get': method(z.object({}).strict(), Settings),
  /** Changes the given settings and returns all of them. */
  'settings.update': method(
    z
      .object({
        language: Language.optional(),
        digits: Digits.optional(),
        siteTitle: SiteTitle.optional(),
        siteUrl: SiteUrl.optional(),
        displayName: DisplayName.optional(),
        theme: Theme.optional(),
        spellcheck: SpellcheckMode.optional(),
        /** Only the house-style keys given change. */
        houseStyle: HouseStyleChanges.optional(),
      })
      .strict(),
    Settings,
  ),
} as const
