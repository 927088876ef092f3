import * as z from 'zod';
import { validateProjectFile, type ProjectFile } from '../document/projectFile.js';
import { glossaryEntrySchema } from '../glossary/glossaryEntry.js';
import type { Glossary } from '../glossary/glossaryFile.js';
import { PAPER_SIZES, PRINT_LAYOUTS } from '../export/printHtml.js';
import { PREFLIGHT_TARGETS, type PreflightItem } from '../export/preflight/preflightItem.js';
import type { ReviewChange, ReviewSummary } from '../export/review/mergeReview.js';
import type { MemoryFile, TmUnit } from '../tm/memoryUnit.js';
import type { MergeSummary } from '../tm/mergeXliff.js';
import { alignmentSchema } from '../align/alignedUnits.js';
import type { Alignment } from '../align/alignment.js';
import type { DictionarySource } from '../dictionary/dictionaryFormat.js';
import type { DictionaryLookup } from '../dictionary/lookUpWord.js';
import type { TermCandidate } from '../glossary/extractTermCandidates.js';
import type { MemoryRendering } from '../tm/termRendering.js';

const printOptions = z.object({
  layout: z.enum(PRINT_LAYOUTS),
  paper: z.enum(PAPER_SIZES),
  glossaryAppendix: z.boolean(),
  notes: z.boolean(),
  untranslated: z.enum(['chinese', 'omit']),
  normalizePunctuation: z.boolean().default(false),
});

const printLabels = z.object({
  chinese: z.string().max(200),
  english: z.string().max(200),
  notes: z.string().max(200),
  glossary: z.string().max(200),
  glossaryChinese: z.string().max(200),
  glossaryEnglish: z.string().max(200),
  glossaryDefinition: z.string().max(200),
  glossaryParagraphs: z.string().max(200),
  untranslated: z.string().max(200),
});

const reviewLabels = z.object({
  id: z.string().max(200),
  status: z.string().max(200),
  chinese: z.string().max(200),
  english: z.string().max(200),
  comment: z.string().max(200),
  instructions: z.string().max(2000),
  statuses: z.object({ untranslated: z.string().max(200), draft: z.string().max(200), translated: z.string().max(200), reviewed: z.string().max(200), rejected: z.string().max(200) }),
});

const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** UI languages; the first is the fallback. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

const path = z.string().min(1).max(4096);

/**
 * A project as the UI sends it, validated exactly as a project file read from disk is: handlers get
 * the checked file with its document (`LoadedProject`), never unchecked JSON. A bad project fails
 * with the file's own problem (`project.invalid` and its path…), which dispatch answers as the code.
 */
const projectJson = z.custom<ProjectFile>().transform((value, ctx) => {
  const loaded = validateProjectFile(value);
  if (loaded.ok) return loaded.value;
  ctx.addIssue({ code: 'custom', message: loaded.error.code, params: { problem: loaded.error } });
  return z.NEVER;
});

/**
 * Request validators of every channel between the UI and the back end. The IPC entry point and the
 * web server both validate with these before calling a handler; anything else is dropped.
 */
export const requests = {
  /** How the back end runs (Electron or web mode), its version and web workspace. */
  'app.info': z.object({}),
  /** What to show at start: the file named on the command line or the sample, and unsaved work from a crash. */
  'session.start': z.object({}),
  /** Imports a report from its bytes into a new, untitled project; writes nothing. */
  'project.import': z.object({ fileName: z.string().min(1).max(1024), data: z.instanceof(Uint8Array) }),
  /** Opens a project file chosen by the user. */
  'project.open': z.object({ path }),
  /** Saves a project atomically; `journalKey` names the autosave journal to discard once saved. */
  /**
   * `expectedHash` is the hash of the file as the UI last read or wrote it: a file changed since on
   * disk is not overwritten (`save.changedOnDisk`) unless `overwrite` says the user chose to.
   */
  'project.save': z.object({
    path,
    file: projectJson,
    journalKey: z.string().max(4200).nullable(),
    expectedHash: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null),
    overwrite: z.boolean().default(false),
  }),
  /** Project files the user can open: recent files, and in web mode the workspace folder. */
  'project.files': z.object({}),
  /** Writes the autosave journal of the open project (crash recovery); not a save. */
  'journal.write': z.object({ key: z.string().min(1).max(4200), path: path.nullable(), file: projectJson }),
  /** Reads a journal offered for recovery. */
  'journal.read': z.object({ key: z.string().min(1).max(4200) }),
  /** Deletes a journal: the user discarded the unsaved work, or it was saved. */
  'journal.discard': z.object({ key: z.string().min(1).max(4200) }),
  /** Electron only: the native Open dialog for a project. */
  'dialog.openProject': z.object({}),
  /** Electron only: the native Save dialog; returns the chosen path. */
  'dialog.saveProject': z.object({ suggestedName: z.string().max(255) }),
  /** The user's default glossary, created from the starter glossary the first time. */
  'glossary.default': z.object({}),
  /** Reads linked glossaries; each one missing or damaged is reported, the others load. */
  'glossary.load': z.object({ paths: z.array(path).max(100) }),
  /** Adds or replaces an entry (by id) in a glossary file. */
  'glossary.saveEntry': z.object({ path, entry: glossaryEntrySchema }),
  /** Deletes an entry from a glossary file. */
  'glossary.deleteEntry': z.object({ path, id: z.string().max(128) }),
  /** Creates a new, empty glossary file (a plain name in the workspace, or a path from the Save dialog). */
  'glossary.create': z.object({ path, name: z.string().max(200) }),
  /**
   * Imports a TBX, CSV, TSV or Duizhao glossary file into a glossary: entries with a term already
   * there are merged into it. `source`/`target` choose the language pair of a multilingual termbase.
   */
  'glossary.importFile': z.object({
    path,
    fileName: z.string().min(1).max(1024),
    data: z.instanceof(Uint8Array),
    source: z.string().max(35).optional(),
    target: z.string().max(35).optional(),
  }),
  /** A glossary as TBX v3, TBX 2008 (<martif>), CSV or TSV, ready to download. */
  'glossary.export': z.object({ path, format: z.enum(['tbx', 'martif', 'csv', 'tsv']) }),
  /** Electron only: the native Open dialog for a glossary to link. */
  'dialog.openGlossary': z.object({}),
  /** Electron only: the native Save dialog for a new glossary. */
  'dialog.saveGlossary': z.object({ suggestedName: z.string().max(255) }),
  /**
   * Prints the project as a bilingual PDF (or, with `preview`, its first pages) and answers the bytes.
   * `jobId` names the run for `export.progress` and `export.cancel`.
   */
  'export.pdf': z.object({ jobId, file: projectJson, options: printOptions, translator: z.string().max(200), labels: printLabels, preview: z.boolean() }),
  /** The stage a running export has reached. */
  'export.progress': z.object({ jobId }),
  /** Stops a running export; nothing is written. */
  'export.cancel': z.object({ jobId }),
  /** The preflight before an export: open QA findings, unfinished paragraphs, glossary terms without a rendering (`PreflightItem`s). */
  'export.preflight': z.object({ file: projectJson, target: z.enum(PREFLIGHT_TARGETS) }),
  /** The bilingual Word edition (`edition`, with the PDF's choices) or the review table (`review`), ready to download. */
  'export.docx': z.object({ file: projectJson, kind: z.enum(['edition', 'review']), options: printOptions, translator: z.string().max(200), labels: printLabels, reviewLabels }),
  /**
   * Merges a review table edited in Word into the project as sent; answers the merged project and the
   * changes (nothing is saved). `conflictNote` words a conflict's note, `{{english}}` standing for the reviewer's English.
   */
  'review.merge': z.object({ file: projectJson, fileName: z.string().min(1).max(1024), data: z.instanceof(Uint8Array), conflictNote: z.string().max(1000), reviewer: z.string().min(1).max(200) }),
  /** The user's translation memory (kept across projects): its units and the files imported into it. */
  'tm.load': z.object({}),
  /** Imports a TMX or XLIFF file into the user's memory; `sourceLang`/`targetLang` choose the pair of a file without Chinese → English. */
  'tm.importFile': z.object({
    fileName: z.string().min(1).max(1024),
    data: z.instanceof(Uint8Array),
    sourceLang: z.string().max(35).optional(),
    targetLang: z.string().max(35).optional(),
  }),
  /** TMX 1.4 of the project's confirmed translations (a project given) or of the user's memory (null). */
  'tm.exportTmx': z.object({ file: projectJson.nullable() }),
  /** Empties the user's memory. */
  'tm.clear': z.object({}),
  /** The project as XLIFF 2.0, for another CAT tool. */
  'xliff.export': z.object({ file: projectJson }),
  /** Merges a translated XLIFF into the project as sent; answers the merged project (nothing is saved). */
  'xliff.merge': z.object({ file: projectJson, fileName: z.string().min(1).max(1024), data: z.instanceof(Uint8Array) }),
  /** Tells the back end the UI language, for native menus and dialogs. */
  'app.setLanguage': z.object({ language: z.enum(LANGUAGES) }),
  /**
   * Aligns a Chinese document with its English translation, each as a file's name and bytes (any
   * format the readers take); `glossaries` are the linked glossaries whose terms serve as anchors.
   * Writes nothing.
   */
  'align.run': z.object({
    zh: z.object({ fileName: z.string().min(1).max(1024), data: z.instanceof(Uint8Array) }),
    en: z.object({ fileName: z.string().min(1).max(1024), data: z.instanceof(Uint8Array) }),
    glossaries: z.array(path).max(100).default([]),
  }),
  /** Adds the pairs of a reviewed alignment (not marked wrong) to the user's memory, the documents' names as origin. */
  'align.save': z.object({ alignment: alignmentSchema }),
  /** The pairs of a reviewed alignment (not marked wrong) as TMX 1.4, ready to download. */
  'align.exportTmx': z.object({ alignment: alignmentSchema }),
  /**
   * The dictionary card: CC-CEDICT entries for a selection (`start` < `end`) of `text`, or for the
   * longest word at a point (`start` = `end`), with pinyin. Offsets are UTF-16.
   */
  'dictionary.lookup': z.object({ text: z.string().min(1).max(10_000), start: z.number().int().min(0).max(10_000), end: z.number().int().min(0).max(10_000) }),
  /** Pinyin by words, as names are romanised (南岸区 → nán'àn qū), of each text: the glossary's pinyin column. */
  'dictionary.pinyin': z.object({ texts: z.array(z.string().max(500)).max(2000) }),
  /** Where the dictionary's data comes from and its licence (CC-CEDICT, CC BY-SA 4.0). */
  'dictionary.info': z.object({}),
  /** The English (US) Hunspell dictionary's files for the spell checker, and the user's own words. */
  'spelling.dictionary': z.object({}),
  /** Adds a word to the user's own words (kept across projects); answers the list. */
  'spelling.addWord': z.object({ word: z.string().min(1).max(200) }),
  /** Removes a word from the user's own words; answers the list. */
  'spelling.removeWord': z.object({ word: z.string().min(1).max(200) }),
  /**
   * Phrases of the project a translator would want in the glossary (quoted codes and slogans,
   * number-led slogans, named programmes, recurring terms), leaving out `known` (the terms and
   * variants of the linked glossaries), each with what the memories say about its English.
   */
  'terms.extract': z.object({ file: projectJson, known: z.array(z.string().max(500)).max(500_000) }),
  /**
   * A new, untitled project from text pasted from the clipboard: the HTML a browser put there when
   * there is some (read like a page), else the plain text; writes nothing.
   */
  'project.paste': z.object({ text: z.string().max(20 * 1024 * 1024), html: z.string().max(20 * 1024 * 1024).nullable() }),
} as const;

export type Channel = keyof typeof requests;
export const CHANNELS = Object.keys(requests) as Channel[];

/** True when a string names a channel of the contract. */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(requests, name);
}

/** The arguments of a channel as the UI sends them. */
export type Request<C extends Channel> = z.input<(typeof requests)[C]>;
/** The arguments of a channel as a handler receives them: validated, defaults filled in, projects loaded. */
export type ValidRequest<C extends Channel> = z.output<(typeof requests)[C]>;

export interface AppInfo {
  readonly mode: 'electron' | 'web';
  readonly version: string;
  /** Web mode: the folder where projects are saved and listed. */
  readonly workspace: string | null;
  /** The operating system's name of the user (review mode's default reviewer name); null when unknown. */
  readonly userName?: string | null;
}

/** A project the UI should show, with unsaved work from a journal that is newer than the file, if any. */
export interface OpenedProject {
  /** Where the project is saved; null for a project that was imported and never saved. */
  readonly path: string | null;
  readonly file: ProjectFile;
  /** The key under which the UI journals this project's unsaved work. */
  readonly journalKey: string;
  /** SHA-256 of the file as read from disk (null when it was not read from its path). */
  readonly diskHash: string | null;
  /** Another Duizhao on this machine has this project open (its lock file says which process, since when). */
  readonly openElsewhere: { readonly pid: number; readonly host: string; readonly since: string } | null;
}

/** Unsaved work left by a session that ended without saving. */
export interface JournalSummary {
  readonly key: string;
  readonly path: string | null;
  readonly title: string;
  readonly journaledAt: string;
}

export interface SessionStart {
  readonly opened: OpenedProject;
  readonly journals: readonly JournalSummary[];
  /** Why the file named on the command line could not be opened (the sample is shown instead). */
  readonly launchError: WireError | null;
}

export interface ProjectListing {
  readonly workspace: string | null;
  readonly files: ReadonlyArray<{ readonly name: string; readonly path: string; readonly modified: string }>;
  readonly recent: ReadonlyArray<{ readonly path: string; readonly title: string; readonly openedAt: string }>;
}

/** What each channel answers. */
export interface Responses {
  'app.info': AppInfo;
  'session.start': SessionStart;
  'project.import': OpenedProject;
  'project.paste': OpenedProject;
  'project.open': OpenedProject;
  'project.save': { readonly path: string; readonly savedAt: string; readonly journalKey: string; readonly diskHash: string };
  'project.files': ProjectListing;
  'journal.write': { readonly journaledAt: string };
  'journal.read': OpenedProject & { readonly journaledAt: string };
  'journal.discard': Record<string, never>;
  'dialog.openProject': { readonly path: string | null };
  'dialog.saveProject': { readonly path: string | null };
  'app.setLanguage': Record<string, never>;
  'tm.load': { readonly units: readonly TmUnit[]; readonly imports: MemoryFile['imports'] };
  'tm.importFile': MemoryImportSummary;
  'tm.exportTmx': { readonly fileName: string; readonly data: Uint8Array; readonly count: number };
  'tm.clear': Record<string, never>;
  'xliff.export': { readonly fileName: string; readonly data: Uint8Array };
  'xliff.merge': { readonly file: ProjectFile; readonly summary: MergeSummary };
  'glossary.default': { readonly path: string };
  'glossary.load': { readonly glossaries: readonly LoadedGlossary[] };
  'glossary.saveEntry': { readonly glossary: Glossary };
  'glossary.deleteEntry': { readonly glossary: Glossary };
  'glossary.create': { readonly path: string; readonly glossary: Glossary };
  'glossary.importFile': GlossaryImportSummary;
  'glossary.export': { readonly fileName: string; readonly data: Uint8Array };
  'dialog.openGlossary': { readonly path: string | null };
  'dialog.saveGlossary': { readonly path: string | null };
  'export.pdf': { readonly fileName: string; readonly data: Uint8Array };
  'export.progress': { readonly stage: 'starting' | 'layout' | 'printing' | null };
  'export.cancel': Record<string, never>;
  'align.run': { readonly alignment: Alignment };
  'align.save': { readonly added: number; readonly duplicates: number; readonly skipped: number; readonly total: number };
  'align.exportTmx': { readonly fileName: string; readonly data: Uint8Array; readonly count: number };
  'dictionary.lookup': DictionaryLookup;
  'dictionary.pinyin': { readonly pinyin: readonly string[] };
  'dictionary.info': DictionarySource;
  'spelling.dictionary': { readonly aff: string; readonly dic: string; readonly words: readonly string[] };
  'spelling.addWord': { readonly words: readonly string[] };
  'spelling.removeWord': { readonly words: readonly string[] };
  'terms.extract': TermCandidates;
  'export.preflight': { readonly items: readonly PreflightItem[]; readonly errors: number; readonly warnings: number };
  'export.docx': { readonly fileName: string; readonly data: Uint8Array };
  'review.merge': { readonly file: ProjectFile; readonly summary: ReviewSummary; readonly changes: readonly ReviewChange[] };
}

/** A term candidate with what the translator's memories say about its English. */
export interface TermCandidateWithMemory extends TermCandidate {
  /** The English the memories agree on, or null (no unit has the phrase, or they do not agree). */
  readonly rendering: MemoryRendering['rendering'];
  /** Memory units whose Chinese has the phrase. */
  readonly memoryHits: number;
  /** One of them, as an example of use. */
  readonly example: MemoryRendering['example'];
}

/** The term candidates of a project. */
export interface TermCandidates {
  readonly candidates: readonly TermCandidateWithMemory[];
  /** Candidates left out because a linked glossary has them. */
  readonly known: number;
  /** Units in the memories consulted (the user's memory and the project's confirmed paragraphs). */
  readonly memoryUnits: number;
}

export type Response<C extends Channel> = Responses[C];

/** A linked glossary as loaded: its content, or why it could not be read (the project stays usable). */
export interface LoadedGlossary {
  readonly path: string;
  readonly glossary: Glossary | null;
  readonly error: WireError | null;
}

/** What an import brought into a glossary. */
export interface GlossaryImportSummary {
  readonly glossary: Glossary;
  readonly added: number;
  readonly merged: number;
  readonly skipped: number;
  readonly languages: readonly string[];
  readonly sourceLang: string;
  readonly targetLang: string;
}

/** What an import brought into the user's memory. */
export interface MemoryImportSummary {
  readonly format: 'tmx' | 'xliff';
  readonly added: number;
  /** Units the memory already had. */
  readonly duplicates: number;
  /** Units of the file without text on both sides. */
  readonly skipped: number;
  /** Units in the memory after the import. */
  readonly total: number;
  readonly languages: readonly string[];
  readonly sourceLang: string;
  readonly targetLang: string;
}

export type GlossaryExportFormat = 'tbx' | 'martif' | 'csv' | 'tsv';

/** An error as it crosses a process boundary: a stable code, its parameters, and an English message for logs. */
export interface WireError {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/** The envelope of every answer, over IPC and HTTP alike. */
export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WireError };

/** Commands the native menu (Electron) or the in-window menu (web mode) sends to the UI. */
export const MENU_COMMANDS = ['import', 'open', 'save', 'saveAs', 'language:en', 'language:zh-CN', 'openRecent', 'about', 'addTerm', 'linkTerm', 'addNote', 'exportPdf', 'pretranslate', 'importMemory', 'exportXliff', 'mergeXliff', 'exportTmx', 'concordance', 'align', 'findTerms', 'pasteProject', 'exportDocx', 'mergeReview', 'sentenceModeAll', 'paragraphModeAll', 'toggleReview', 'addComment'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
