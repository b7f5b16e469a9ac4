import { z } from 'zod'

/**
 * The newsroom's digits: Arabic-Indic (٢٤ نوفمبر ٢٠٢٦, the default) or Western (24 نوفمبر 2026).
 * Midad writes dates in them (an exported article's date), and the style checker flags numbers
 * typed in the other kind (outside URLs and code). Newsrooms differ, so it is a per-data-directory
 * setting; the checker suggests a fix but never changes the text by itself.
 */
export const Digits = z.enum(['arabic', 'western'])
export type Digits = z.infer<typeof Digits>
