import { ImportError } from './import-error'

/** The most a DOCX may unpack to: text and its pictures, with room to spare. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024
/** More entries than any Word document has. */
const MAX_ENTRIES = 10_000

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
/** ZIP64 marks its real sizes elsewhere; Word never needs it for a document of this size. */
const ZIP64 = 0xffffffff

/** Where the end-of-central-directory record is: within the last 64 KiB + 22 bytes. */
function endOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at
  }
  return -1
}

/**
 * Checks a DOCX's ZIP directory before anything unpacks it: that it is a ZIP holding
 * `word/document.xml`, and that its entries do not claim to unpack to more than
 * {@link MAX_DOCX_UNPACKED_BYTES} (a "zip bomb" of a few kilobytes can claim gigabytes, and
 * mammoth would inflate it all in memory). Throws an {@link ImportError} saying what is wrong.
 * The sizes are those the directory declares; an archive crafted to lie about them is caught
 * by the unzip's own size check, after inflating.
 */
export function checkDocxZip(bytes: Buffer, name: string): void {
  const notWord = new ImportError(`${name} is not a Word document (.docx).`)
  const end = bytes.length >= 22 ? endOfDirectory(bytes) : -1
  if (end < 0) throw notWord
  const entries = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  if (entries > MAX_ENTRIES) throw new ImportError(`${name} holds too many files to be a DOCX.`)
  let unpacked = 0
  let hasDocument = false
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw notWord
    const size = bytes.readUInt32LE(at + 24)
    const nameLength = bytes.readUInt16LE(at + 28)
    const skip = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
    if (at + 46 + nameLength > bytes.length) throw notWord
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === 'word/document.xml')
      hasDocument = true
    unpacked += size
    if (size === ZIP64 || unpacked > MAX_DOCX_UNPACKED_BYTES)
      throw new ImportError(
        `${name} unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MiB.`,
      )
    at += skip
  }
  if (!hasDocument) throw notWord
}
