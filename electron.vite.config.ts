import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { rendererResolve } from './vite.renderer.config';

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The desktop build: main process and preload bundled for Electron, the renderer as in web mode. */
export default defineConfig({
  main: {
    build: {
      outDir: at('./out/main'),
      rollupOptions: { input: { index: at('./main/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: at('./out/preload'),
      rollupOptions: { input: { index: at('./main/electron/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: at('./renderer'),
    plugins: [react()],
    resolve: rendererResolve,
    build: {
      outDir: at('./out/renderer'),
      rollupOptions: { input: { index: at('./renderer/index.html') } },
    },
  },
});
