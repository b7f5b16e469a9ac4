import type { PasswordStorage } from '../../../shared/publish/target-schema'

/**
 * How Application Passwords are sealed before they are written to disk. Electron passes one built
 * on `safeStorage` (the system key store); everywhere else, {@link plainBox} keeps them as they
 * are, in a file only this user can read, and the UI says so.
 */
export interface SecretBox {
  readonly storage: PasswordStorage
  seal(plain: string): string
  open(sealed: string): string
}

/** No encryption: the secrets file's 0600 mode is the only protection. */
export const plainBox: SecretBox = {
  storage: 'file',
  seal: (plain) => plain,
  open: (sealed) => sealed,
}

/** The part of Electron's `safeStorage` a box needs (so this file does not import Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

/**
 * A box on Electron's `safeStorage`, or {@link plainBox} when the system has no key store (a
 * Linux session without a keyring), so the warning shows rather than a password being lost.
 */
export function safeStorageBox(safeStorage: SafeStorageLike): SecretBox {
  if (!safeStorage.isEncryptionAvailable()) return plainBox
  return {
    storage: 'encrypted',
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  }
}
