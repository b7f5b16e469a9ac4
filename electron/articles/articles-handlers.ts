import type { HandlerMap } from '../../shared/api/define'
import type { articlesContract } from '../../shared/articles/articles-contract'
import type { ArticleStore } from './article-store'

/** The articles domain's implementation of the contract. Arguments arrive validated. */
export function articlesHandlers(store: ArticleStore): HandlerMap<typeof articlesContract> {
  return {
    'articles.list': async ({ status }) => store.list(status),
    'articles.get': ({ id }) => store.get(id),
    'articles.create': (fields) => store.create(fields),
    'articles.save': ({ id, baseRevision, changes }) => store.save(id, baseRevision, changes),
    'articles.delete': async ({ id, baseRevision }) => {
      await store.delete(id, baseRevision)
      return { id }
    },
    'articles.tags': () => store.tags(),
    'articles.history': ({ id }) => store.history(id),
    'articles.revision': ({ id, revision }) => store.revision(id, revision),
    'articles.restore': ({ id, revision, baseRevision }) =>
      store.restore(id, revision, baseRevision),
  }
}
