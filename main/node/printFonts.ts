import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The bundled fonts of the print page: static TrueType woff2, a real regular, bold and (Latin) italic. */
const SOURCES = [
  ['@fontsource/noto-serif-sc', ['400.css', '700.css']],
  ['@fontsource/noto-serif', ['latin-400.css', 'latin-700.css', 'latin-400-italic.css', 'latin-700-italic.css', 'latin-ext-400.css', 'latin-ext-700.css']],
] as const;

export interface PrintFonts {
  /** `@font-face` rules with URLs `fonts/<file>`, relative to the print page. */
  readonly css: string;
  /** The font files by name, for the printer to serve. */
  readonly files: ReadonlyMap<string, string>;
}

let cached: PrintFonts | null = null;

/**
 * Reads fontsource's `@font-face` rules (one per unicode-range subset), keeps only the woff2 source,
 * rewrites its URL to `fonts/<file>` and blocks rendering until a face is loaded, so the printer
 * never lays out with a fallback font.
 */
export function printFonts(): PrintFonts {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const files = new Map<string, string>();
  const rules: string[] = [];
  for (const [pkg, sheets] of SOURCES) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    for (const sheet of sheets) {
      const css = readFileSync(join(dir, sheet), 'utf8');
      for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        if (!file) continue;
        files.set(file, join(dir, 'files', file));
        rules.push(block.replace(/src:[^;]*;/, `src: url(fonts/${file}) format('woff2');`).replace(/font-display:\s*\w+;/, 'font-display: block;'));
      }
    }
  }
  cached = { css: rules.join('\n'), files };
  return cached;
}
