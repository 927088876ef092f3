import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository (or packaged app) root: the folder holding package.json and assets/. */
export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled sample report (Nanan District 2024). */
export const SAMPLE_REPORT = fileURLToPath(new URL('../../assets/sample/nanan_district_2024_gov_work_report_zh.txt', import.meta.url));

/** The bundled starter glossary: the sample's jargon. */
export const STARTER_GLOSSARY = fileURLToPath(new URL('../../assets/glossary/starter.duizhao-glossary', import.meta.url));

/** The packed CC-CEDICT dictionary (built by scripts/buildDictionary.ts; CC BY-SA 4.0). */
export const DICTIONARY_FILE = fileURLToPath(new URL('../../assets/dictionary/cc-cedict.dzdict', import.meta.url));

/** The built renderer served by web mode. */
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

/** The app version from package.json. */
export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
