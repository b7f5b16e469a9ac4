import type { HandlerMap } from '../../shared/api/define'
import type { mediaContract } from '../../shared/media/media-contract'
import type { DataLayout } from '../store/data-layout'
import { MediaStore } from './media-store'

/** The media domain's implementation of the contract. Arguments arrive validated. */
export function mediaHandlers(deps: {
  layout: DataLayout
  /** Set when another process holds the data directory: images can be shown, not added. */
  readOnly?: { reason: string } | undefined
}): HandlerMap<typeof mediaContract> {
  const store = new MediaStore(deps.layout.mediaDir, deps.readOnly)
  return {
    'media.add': ({ fileName, dataBase64 }) => store.add(fileName, dataBase64),
  }
}
