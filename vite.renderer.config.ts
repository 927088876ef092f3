import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The number recognizer's "browser" entry is a script that sets a global, not a module, so the
 * renderer takes its ES module build instead (which the Node side uses through "module" already).
 */
export const rendererResolve = {
  alias: {
    '@microsoft/recognizers-text-number': fileURLToPath(
      new URL('./node_modules/@microsoft/recognizers-text-number/dist/recognizers-text-number.es5.js', import.meta.url),
    ),
  },
};

/** The renderer, built once and served by web mode and by Electron's app protocol alike. */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: rendererResolve,
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
