/** Midad's version, kept in step with package.json's (a unit test checks). */
export const MIDAD_VERSION = '0.1.0'
