import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** Builds the renderer into dist/renderer with relative URLs, for app:// in Electron and HTTP in browser mode. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Fonts stay files: inlining them as data: URLs would bloat the CSS.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    // A desktop app loads its bundle from disk; one chunk is fine.
    chunkSizeWarningLimit: 1500,
  },
})
