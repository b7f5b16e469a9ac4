/**
 * Runs async tasks one after another. The store uses it so that "check the revision, then write"
 * can never interleave with another save of the same data directory.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task)
    this.tail = result.catch(() => undefined)
    return result
  }
}
