import { ArticleStore } from '../../electron/articles/article-store'

/**
 * Times the background scan that opening a data directory starts (it reads every article), so a
 * benchmark can wait for it and report it: call before createBackend, await the result after.
 */
export function timeBackgroundScan(): () => Promise<number> {
  let scanEnded: Promise<number> = Promise.resolve(0)
  const scan = ArticleStore.prototype.scan
  ArticleStore.prototype.scan = function (this: ArticleStore) {
    const start = performance.now()
    const running = scan.call(this)
    scanEnded = running.then(() => performance.now() - start)
    return running
  }
  return () => scanEnded
}
