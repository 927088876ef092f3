import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LoadedGlossary } from '../../src/api/contract.js';
import { writeGlossaryCsv } from '../../src/glossary/csv.js';
import { mergeEntries, type GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { createGlossary, GLOSSARY_EXTENSION, type Glossary } from '../../src/glossary/glossaryFile.js';
import { importGlossary } from '../../src/glossary/importGlossary.js';
import { AppError, toWireError } from './appError.js';
import type { HandlerTable } from './services.js';
import type { FileAccess } from './fileAccess.js';
import { GlossaryWriter, newEntryId, readGlossary, writeGlossary } from './glossaryFiles.js';

type GlossaryChannels =
  | 'glossary.default'
  | 'glossary.load'
  | 'glossary.saveEntry'
  | 'glossary.deleteEntry'
  | 'glossary.create'
  | 'glossary.importFile'
  | 'glossary.export';

/** The default glossary's file name in its folder. */
export const DEFAULT_GLOSSARY_NAME = `glossary${GLOSSARY_EXTENSION}`;

export { newEntryId };

/**
 * Adds imported entries to a glossary: an entry whose Chinese term is already there is merged into
 * it (forms united, empty fields filled); an id that is taken gets a fresh one.
 */
export function addEntries(glossary: Glossary, incoming: readonly GlossaryEntry[], now: string): { glossary: Glossary; added: number; merged: number } {
  const byTerm = new Map(glossary.entries.map((e, i) => [e.term, i]));
  const ids = new Set(glossary.entries.map((e) => e.id));
  const entries = [...glossary.entries];
  let added = 0;
  let merged = 0;
  for (const entry of incoming) {
    const at = byTerm.get(entry.term);
    if (at !== undefined) {
      entries[at] = mergeEntries(entries[at] as GlossaryEntry, entry, now);
      merged++;
      continue;
    }
    const id = ids.has(entry.id) ? newEntryId() : entry.id;
    ids.add(id);
    byTerm.set(entry.term, entries.length);
    entries.push({ ...entry, id });
    added++;
  }
  return { glossary: { ...glossary, entries }, added, merged };
}

/** The glossary channels over the user's files: paths go through the access policy like projects do. */
export function glossaryHandlers(options: {
  readonly access: FileAccess;
  readonly glossaryDir: string;
  readonly starterPath: string;
  readonly now: () => Date;
}): Pick<HandlerTable, GlossaryChannels> {
  const { access, now } = options;
  const writer = new GlossaryWriter();
  const defaultPath = join(options.glossaryDir, DEFAULT_GLOSSARY_NAME);
  access.grantNew(defaultPath);

  return {
    'glossary.default': async () => {
      if (!(await stat(defaultPath).catch(() => null))) {
        await mkdir(dirname(defaultPath), { recursive: true });
        await copyFile(options.starterPath, defaultPath);
      }
      return { path: defaultPath };
    },

    'glossary.load': async ({ paths }) => {
      const glossaries: LoadedGlossary[] = [];
      for (const requested of paths) {
        try {
          const path = await access.resolveGlossary(requested);
          glossaries.push({ path, glossary: await readGlossary(path), error: null });
        } catch (error) {
          glossaries.push({ path: requested, glossary: null, error: toWireError(error) });
        }
      }
      return { glossaries };
    },

    'glossary.saveEntry': async ({ path, entry }) => {
      const target = await access.resolveGlossary(path);
      const glossary = await writer.update(target, (g) => {
        const at = g.entries.findIndex((e) => e.id === entry.id);
        const duplicate = g.entries.find((e) => e.term === entry.term && e.id !== entry.id);
        if (duplicate) throw new AppError('glossary.duplicateTerm', { term: entry.term });
        const entries = at < 0 ? [...g.entries, entry] : g.entries.map((e, i) => (i === at ? entry : e));
        return { ...g, entries };
      });
      return { glossary };
    },

    'glossary.deleteEntry': async ({ path, id }) => {
      const target = await access.resolveGlossary(path);
      const glossary = await writer.update(target, (g) => ({ ...g, entries: g.entries.filter((e) => e.id !== id) }));
      return { glossary };
    },

    'glossary.create': async ({ path, name }) => {
      const target = await access.resolveNewGlossary(path);
      if (await stat(target).catch(() => null)) throw new AppError('glossary.exists', { path: target });
      const glossary = createGlossary(name || basename(target, GLOSSARY_EXTENSION));
      await writeGlossary(target, glossary);
      access.grant(target);
      return { path: target, glossary };
    },

    'glossary.importFile': async ({ path, fileName, data, source, target: targetLang }) => {
      const target = await access.resolveGlossary(path);
      const at = now().toISOString();
      const imported = importGlossary(fileName, data, { ...(source ? { source } : {}), ...(targetLang ? { target: targetLang } : {}) }, { makeId: newEntryId, now: at });
      if (!imported.ok) throw AppError.from(imported.error);
      let counts = { added: 0, merged: 0 };
      const glossary = await writer.update(target, (g) => {
        const result = addEntries(g, imported.value.entries, at);
        counts = { added: result.added, merged: result.merged };
        return result.glossary;
      });
      const { languages, sourceLang, targetLang: tl, skipped } = imported.value;
      return { glossary, ...counts, skipped, languages, sourceLang, targetLang: tl };
    },

    'glossary.export': async ({ path, format }) => {
      const glossary = await readGlossary(await access.resolveGlossary(path));
      const base = basename(path, GLOSSARY_EXTENSION);
      // The XML writer loads when a file is written, not when web mode or the app starts.
      const { writeMartif, writeTbx } = await import('../../src/glossary/writeTbx.js');
      const text =
        format === 'tbx' ? writeTbx(glossary) : format === 'martif' ? writeMartif(glossary) : writeGlossaryCsv(glossary.entries, format);
      const extension = format === 'martif' ? '.tbx' : `.${format}`;
      const fileName = `${base}${format === 'martif' ? '-tbx2008' : ''}${extension}`;
      return { fileName, data: new TextEncoder().encode(format === 'csv' ? `\ufeff${text}` : text) };
    },
  };
}
