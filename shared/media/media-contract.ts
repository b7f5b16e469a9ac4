/** The media domain: images stored in the data directory for articles to use. */
export const mediaContract = {} as const
