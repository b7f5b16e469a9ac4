/** The export domain: articles rendered to standalone HTML. */
export const exportContract = {} as const
