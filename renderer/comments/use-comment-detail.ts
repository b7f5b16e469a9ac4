import { useEffect, useState } from 'react'
import type { ResultOf } from '../../shared/api/contract'
import type { Comment } from '../../shared/comments/comment-schema'
import { send } from '../api/send'

export interface CommentDetail {
  comment: Comment | null
  author: ResultOf<'comments.author'> | null
  error: string | null
}

/**
 * The current comment in full (its body may be 1 MB; the rows carry 400 characters) with its
 * author's other comments. Loads again when the row's version changes (an action, a sync), and
 * drops answers for a comment the moderator already moved past.
 */
export function useCommentDetail(id: string | null, version: number): CommentDetail {
  const [detail, setDetail] = useState<CommentDetail>({ comment: null, author: null, error: null })
  useEffect(() => {
    void version
    if (!id) {
      setDetail({ comment: null, author: null, error: null })
      return
    }
    let live = true
    setDetail((d) => (d.comment?.id === id ? d : { comment: null, author: null, error: null }))
    Promise.all([send('comments.get', { id }), send('comments.author', { id })]).then(
      ([comment, author]) => {
        if (live) setDetail({ comment, author, error: null })
      },
      (error: unknown) => {
        if (live) setDetail({ comment: null, author: null, error: (error as Error).message })
      },
    )
    return () => {
      live = false
    }
  }, [id, version])
  return detail
}
