/**
 * The Content-Security-Policy of every page Midad shows, in Electron and in browser mode: only the
 * app's own files, no inline script or style, no remote origin, no plugins, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // The Preview frame: the app's own /preview/ page, sandboxed, with its own no-script policy.
  "frame-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')
