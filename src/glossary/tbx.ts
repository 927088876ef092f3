import { pickLanguage } from '../util/languageTag.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import { childrenNamed, textOf, type XmlElement } from '../xml/parseXml.js';
import { ENTRY_ID, type GlossaryEntry } from './glossaryEntry.js';

/** The language pair to read from a multilingual termbase; primary subtags are enough ("en" matches "en-US"). */
export interface LanguagePair {
  readonly source?: string;
  readonly target?: string;
}

/** Entries read from a termbase, with the languages it holds and the pair that was read. */
export interface TermbaseRead {
  readonly entries: GlossaryEntry[];
  readonly languages: string[];
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Concept entries without a term in the source language. */
  readonly skipped: number;
}

export type TbxProblemCode = 'tbx.root' | 'tbx.noSourceLanguage' | 'tbx.noTargetLanguage' | 'tbx.noEntries';

/** What an import needs from outside the core: fresh ids and the time. */
export interface ImportContext {
  readonly makeId: () => string;
  readonly now: string;
}


const isElement = (c: XmlElement | string): c is XmlElement => typeof c !== 'string';

/** Descendants with one of the names, not looking inside a match. */
function findAll(element: XmlElement, names: ReadonlySet<string>): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (names.has(c.name)) found.push(c);
      else walk(c);
    }
  };
  walk(element);
  return found;
}

const langOf = (e: XmlElement): string => e.attrs['xml:lang'] ?? e.attrs['lang'] ?? '';

interface RawTerm {
  readonly text: string;
  readonly status: string;
  readonly process: string;
}

/** The terms of a language section: v3 `termSec`, 2008 `tig` and `ntig/termGrp`. */
function termsOf(langSection: XmlElement): RawTerm[] {
  const terms: RawTerm[] = [];
  for (const holder of findAll(langSection, new Set(['termSec', 'tig', 'ntig']))) {
    const term = findAll(holder, new Set(['term']))[0];
    if (!term) continue;
    const text = textOf(term);
    if (!text) continue;
    const notes = findAll(holder, new Set(['termNote']));
    const note = (type: string): string => textOf(notes.find((n) => n.attrs['type'] === type) ?? { name: '', attrs: {}, children: [], line: 0 });
    terms.push({ text, status: note('administrativeStatus') || note('normativeAuthorization'), process: note('processStatus') });
  }
  return terms;
}

const isDeprecated = (status: string): boolean => /deprecated|superseded/i.test(status);
const isPreferred = (status: string): boolean => /^preferred/i.test(status);

/** A text of direct children (or descrips inside groups) of a given element name and type. */
function auxTexts(entry: XmlElement, name: string, type?: string): string[] {
  const direct = entry.children.filter(isElement);
  const grouped = direct.filter((c) => c.name === `${name}Grp`).flatMap((g) => childrenNamed(g, name));
  return [...direct.filter((c) => c.name === name), ...grouped].filter((e) => type === undefined || e.attrs['type'] === type).map(textOf).filter(Boolean);
}

function transacDate(entry: XmlElement, kind: string): string | null {
  for (const group of childrenNamed(entry, 'transacGrp')) {
    const transac = childrenNamed(group, 'transac')[0];
    const date = childrenNamed(group, 'date')[0];
    if (transac && date && textOf(transac) === kind) return textOf(date);
  }
  return null;
}

/**
 * Reads a TBX termbase: TBX v3 (`<tbx>`, `conceptEntry/langSec/termSec`, TBX-Basic and others) or
 * TBX 2008 / MARTIF (`<martif>`, `termEntry/langSet/tig`), with or without a header. The source
 * language defaults to Chinese and the target to English; other pairs are chosen by the caller.
 * Preferred and admitted target terms become renderings (preferred first), deprecated ones
 * forbidden renderings; other source terms become variants.
 */
export function readTbx(root: XmlElement, pair: LanguagePair, context: ImportContext): Result<TermbaseRead, Problem<TbxProblemCode>> {
  if (root.name !== 'tbx' && root.name !== 'martif') return fail('tbx.root', { root: root.name });
  const concepts = findAll(root, new Set(['conceptEntry', 'termEntry']));
  if (concepts.length === 0) return fail('tbx.noEntries');
  const languages = [...new Set(concepts.flatMap((c) => findAll(c, new Set(['langSec', 'langSet'])).map(langOf)).filter(Boolean))];
  const sourceLang = pickLanguage(languages, pair.source ?? 'zh');
  if (!sourceLang) return fail('tbx.noSourceLanguage', { languages: languages.join(', '), wanted: pair.source ?? 'zh' });
  const targetLang = pickLanguage(
    languages.filter((l) => l !== sourceLang),
    pair.target ?? 'en',
  );
  if (!targetLang) return fail('tbx.noTargetLanguage', { languages: languages.join(', '), wanted: pair.target ?? 'en' });

  const entries: GlossaryEntry[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  for (const concept of concepts) {
    const sections = findAll(concept, new Set(['langSec', 'langSet']));
    const source = sections.filter((s) => langOf(s) === sourceLang).flatMap(termsOf);
    const target = sections.filter((s) => langOf(s) === targetLang).flatMap(termsOf);
    if (source.length === 0) {
      skipped++;
      continue;
    }
    const main = source.find((t) => isPreferred(t.status)) ?? source[0] as RawTerm;
    const rendering = target.filter((t) => !isDeprecated(t.status));
    // A definition is for the reader (TBX puts it on the concept or a language section); a note is the translator's.
    const definitions = [
      ...auxTexts(concept, 'descrip', 'definition'),
      ...sections.filter((s) => langOf(s) === targetLang).flatMap((s) => auxTexts(s, 'descrip', 'definition')),
      ...sections.filter((s) => langOf(s) !== targetLang).flatMap((s) => auxTexts(s, 'descrip', 'definition')),
    ];
    const notes = [...auxTexts(concept, 'note'), ...sections.flatMap((s) => auxTexts(s, 'note'))];
    const process = [...source, ...target].map((t) => t.process).find(Boolean) ?? '';
    const given = concept.attrs['id'] ?? '';
    const id = ENTRY_ID.test(given) && !ids.has(given) ? given : context.makeId();
    ids.add(id);
    entries.push({
      id,
      term: main.text,
      variants: [...new Set(source.map((t) => t.text).filter((t) => t !== main.text))],
      renderings: [...new Set([...rendering.filter((t) => isPreferred(t.status)), ...rendering.filter((t) => !isPreferred(t.status))].map((t) => t.text))],
      forbidden: [...new Set(target.filter((t) => isDeprecated(t.status)).map((t) => t.text))],
      definition: [...new Set(definitions)].join('\n'),
      note: [...new Set(notes)].join('\n'),
      domain: auxTexts(concept, 'descrip', 'subjectField')[0] ?? '',
      tags: [...new Set([...auxTexts(concept, 'admin', 'projectSubset'), ...auxTexts(concept, 'admin', 'customerSubset')])],
      status: /unprocessed|provisional/i.test(process) ? 'proposed' : 'approved',
      createdAt: transacDate(concept, 'origination') ?? context.now,
      updatedAt: transacDate(concept, 'modification') ?? transacDate(concept, 'origination') ?? context.now,
    });
  }
  return ok({ entries, languages, sourceLang, targetLang, skipped });
}
