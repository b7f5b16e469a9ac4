import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import { type Backend, dispatch } from '../api/dispatch'

/** Calls the backend through the same validating dispatcher as every other transport. */
export async function call<M extends MethodName>(
  backend: Backend,
  name: M,
  args: ArgsOf<M>,
): Promise<ResultOf<M>> {
  const envelope = await dispatch(backend, name, args)
  if (!envelope.ok) throw ApiError.fromShape(envelope.error)
  return envelope.value as ResultOf<M>
}
