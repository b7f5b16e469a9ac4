/**
 * A file that cannot be imported (wrong kind, too large, damaged), with a message for the person
 * importing it. Thrown before anything is stored, so a refused file leaves no trace.
 */
export class ImportError extends Error {}
