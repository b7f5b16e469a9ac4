import type { HandlerMap } from '../../shared/api/define'
import type { mediaContract } from '../../shared/media/media-contract'
import type { DataLayout } from '../store/data-layout'

/** The media domain's implementation of the contract. Arguments arrive validated. */
export function mediaHandlers(_deps: { layout: DataLayout }): HandlerMap<typeof mediaContract> {
  return {}
}
