import { create } from 'xmlbuilder2';
import type { TmUnit } from './memoryUnit.js';

// Writing TMX (reading is in tmx.ts): a module of its own so that reading a memory does not load the
// XML writer and its DOM.

/** An ISO timestamp as a TMX date. */
function toTmxDate(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * Writes TMX 1.4 (UTF-8, with the DOCTYPE OmegaT writes, valid against tmx14.dtd): one `<tu>` per
 * unit with the source language first, `xml:lang` on every `<tuv>`, the unit's change date and note,
 * and its origin as a `<prop type="x-origin">`. OmegaT 3.6 reads it from a project's `tm/` folder.
 */
export function writeTmx(units: readonly TmUnit[], options: { readonly sourceLang: string; readonly version: string; readonly now: string }): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  doc.dtd({ name: 'tmx', sysID: 'tmx14.dtd' });
  const tmx = doc.ele('tmx', { version: '1.4' });
  tmx.ele('header', {
    creationtool: 'Duizhao',
    creationtoolversion: options.version,
    segtype: 'sentence',
    'o-tmf': 'Duizhao',
    adminlang: 'en',
    srclang: options.sourceLang,
    datatype: 'plaintext',
    creationdate: toTmxDate(options.now),
  });
  const body = tmx.ele('body');
  for (const u of units) {
    const attrs: Record<string, string> = {};
    if (u.changed) attrs['changedate'] = toTmxDate(u.changed);
    const tu = body.ele('tu', attrs);
    if (u.note) tu.ele('note').txt(u.note);
    if (u.origin) tu.ele('prop', { type: 'x-origin' }).txt(u.origin);
    tu.ele('tuv', { 'xml:lang': u.sourceLang }).ele('seg').txt(u.source);
    tu.ele('tuv', { 'xml:lang': u.targetLang }).ele('seg').txt(u.target);
  }
  return doc.end({ prettyPrint: true });
}
