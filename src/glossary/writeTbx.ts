import { create } from 'xmlbuilder2';
import type { GlossaryEntry } from './glossaryEntry.js';
import type { Glossary } from './glossaryFile.js';

// Writing TBX v3 and TBX 2008 (reading is in tbx.ts): a module of its own so that importing a
// glossary does not load the XML writer and its DOM.

type Builder = ReturnType<typeof create>;

function addAux(entry: Builder, e: GlossaryEntry): void {
  if (e.domain) entry.ele('descrip', { type: 'subjectField' }).txt(e.domain);
  if (e.definition) entry.ele('descrip', { type: 'definition' }).txt(e.definition);
  if (e.note) entry.ele('note').txt(e.note);
  for (const tag of e.tags) entry.ele('admin', { type: 'projectSubset' }).txt(tag);
  for (const [kind, date] of [
    ['origination', e.createdAt],
    ['modification', e.updatedAt],
  ] as const) {
    if (!date) continue;
    const group = entry.ele('transacGrp');
    group.ele('transac', { type: 'transactionType' }).txt(kind);
    group.ele('date').txt(date);
  }
}

function addTerm(section: Builder, holder: string, text: string, status: string, process?: string): void {
  const term = section.ele(holder);
  term.ele('term').txt(text);
  term.ele('termNote', { type: 'administrativeStatus' }).txt(status);
  if (process) term.ele('termNote', { type: 'processStatus' }).txt(process);
}

function addLanguages(entry: Builder, e: GlossaryEntry, glossary: Glossary, sectionName: string, holder: string): void {
  const source = entry.ele(sectionName, { 'xml:lang': glossary.sourceLang });
  addTerm(source, holder, e.term, 'preferredTerm-admn-sts', e.status === 'approved' ? 'finalized' : 'provisionallyProcessed');
  for (const v of e.variants) addTerm(source, holder, v, 'admittedTerm-admn-sts');
  if (e.renderings.length + e.forbidden.length === 0) return;
  const target = entry.ele(sectionName, { 'xml:lang': glossary.targetLang });
  e.renderings.forEach((r, i) => addTerm(target, holder, r, i === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts'));
  for (const f of e.forbidden) addTerm(target, holder, f, 'deprecatedTerm-admn-sts');
}

/**
 * Writes TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, valid against the core structure schema:
 * entry-level subject field, definition (for the client), note (the translator's), tags (projectSubset) and dates; the Chinese term (preferred, with
 * the entry's status as processStatus) and variants (admitted); English renderings (preferred, then
 * admitted) and forbidden ones (deprecated).
 */
export function writeTbx(glossary: Glossary): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const tbx = doc.ele('urn:iso:std:iso:30042:ed-2', 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': glossary.targetLang });
  const fileDesc = tbx.ele('tbxHeader').ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt(glossary.name || 'Duizhao glossary');
  fileDesc.ele('sourceDesc').ele('p').txt('Exported by Duizhao');
  const body = tbx.ele('text').ele('body');
  for (const e of glossary.entries) {
    const entry = body.ele('conceptEntry', { id: e.id });
    addAux(entry, e);
    addLanguages(entry, e, glossary, 'langSec', 'termSec');
  }
  return doc.end({ prettyPrint: true });
}

/**
 * Writes TBX 2008 (`<martif>`, TBXcoreStructV02), for tools that read only that format, such as
 * OmegaT 3.6 in its glossary folder. The same information as `writeTbx`, in `termEntry/langSet/tig`.
 */
export function writeMartif(glossary: Glossary): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  doc.dtd({ name: 'martif', sysID: 'TBXcoreStructV02.dtd' });
  const martif = doc.ele('martif', { type: 'TBX', 'xml:lang': glossary.targetLang });
  const header = martif.ele('martifHeader');
  header.ele('fileDesc').ele('sourceDesc').ele('p').txt(`${glossary.name || 'Duizhao glossary'}, exported by Duizhao`);
  header.ele('encodingDesc').ele('p', { type: 'XCSURI' }).txt('TBXXCSV02.xcs');
  const body = martif.ele('text').ele('body');
  for (const e of glossary.entries) {
    const entry = body.ele('termEntry', { id: e.id });
    addAux(entry, e);
    addLanguages(entry, e, glossary, 'langSet', 'tig');
  }
  return doc.end({ prettyPrint: true });
}
