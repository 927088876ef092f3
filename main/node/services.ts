import { userInfo } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Channel, JournalSummary, OpenedProject, Response, ValidRequest, WireError } from '../../src/api/contract.js';
import { createProjectFile, type ProjectFile } from '../../src/document/projectFile.js';
import { projectTitle } from '../../src/document/projectTitle.js';
import type { ImportedReport } from '../../src/import/importReport.js';
import { readHtmlString } from './import/readHtmlPage.js';
import { readReport, type ReadResult } from './import/readReport.js';
import { importedNotes } from './import/importedNotes.js';
import { readReportFile } from './readInputFile.js';
import { AppError, toWireError } from './appError.js';
import { FileAccess } from './fileAccess.js';
import { exportHandlers } from './exportHandlers.js';
import { deliverHandlers } from './deliverHandlers.js';
import type { Printer } from './exportPdf.js';
import { glossaryHandlers } from './glossaryHandlers.js';
import { memoryHandlers } from './memoryHandlers.js';
import { alignHandlers } from './alignHandlers.js';
import { dictionaryHandlers } from './dictionaryHandlers.js';
import { spellingHandlers } from './spellingHandlers.js';
import { USER_WORDS_FILE_NAME, UserWords } from './userWords.js';
import { DictionaryService } from './dictionaryService.js';
import { DICTIONARY_FILE } from './appPaths.js';
import { MEMORY_FILE_NAME, MemoryStore } from './memoryStore.js';
import { sha256 } from './hash.js';
import { Journal } from './journal.js';
import { readProject, writeProject } from './projectFiles.js';
import { ProjectLocks } from './projectLock.js';
import { RecentFiles } from './recentFiles.js';

/** What the app opens at start: a project or report named on the command line, else the bundled sample. */
export type LaunchTarget = { readonly kind: 'project'; readonly path: string } | { readonly kind: 'report'; readonly path: string };

export interface ServicesOptions {
  readonly mode: 'electron' | 'web';
  readonly version: string;
  /** Folder for recent files and autosave journals. */
  readonly dataDir: string;
  /** Web mode's project folder; null in Electron. */
  readonly workspace: string | null;
  /** The bundled sample report, opened when nothing else is named. */
  readonly samplePath: string;
  /** The bundled starter glossary, copied to be the user's default glossary the first time. */
  readonly starterGlossaryPath: string;
  /** Where the default glossary lives: the workspace in web mode, the documents folder in Electron. */
  readonly glossaryDir: string;
  readonly launch: LaunchTarget | null;
  /** The clock, passed in so tests control time. */
  readonly now?: () => Date;
  /** The PDF printer: Electron's printToPDF in the app, Chromium through playwright-core in web mode. */
  readonly printer: Printer;
  /** The packed dictionary (default: the bundled CC-CEDICT). */
  readonly dictionaryPath?: string;
}

/** A handler for one channel: validated arguments in, response out; expected failures throw AppError. */
export type Handler<C extends Channel> = (args: ValidRequest<C>) => Promise<Response<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

/** The journal key of a project: its path, or for a never-saved one the hash of its source. */
export function journalKeyOf(path: string | null, file: ProjectFile): string {
  return path ?? `untitled:${file.source.sha256}`;
}

/** The services behind the UI, used alike by Electron's IPC and the web server, and the calls they answer. */
export interface Services {
  readonly handlers: HandlerTable;
  readonly access: FileAccess;
  readonly recent: RecentFiles;
  readonly journal: Journal;
}

/**
 * Creates the back-end services. Dialog channels answer `unsupported` here; the Electron main process
 * replaces them with native dialogs.
 */
export function createServices(options: ServicesOptions): Services {
  const now = options.now ?? (() => new Date());
  const recent = new RecentFiles(join(options.dataDir, 'recent.json'));
  const journal = new Journal(join(options.dataDir, 'journal'));
  const access = new FileAccess(options.workspace, recent);
  const locks = new ProjectLocks(now);
  if (options.launch) access.grant(options.launch.path);

  const memoryStore = new MemoryStore(join(options.dataDir, MEMORY_FILE_NAME));
  const glossary = glossaryHandlers({ access, glossaryDir: options.glossaryDir, starterPath: options.starterGlossaryPath, now });
  // Opened on the first lookup: the dictionary costs nothing at start.
  const dictionary = new DictionaryService(options.dictionaryPath ?? DICTIONARY_FILE);

  /** A new project from an imported report; it links the user's default glossary. */
  const newProject = async (fileName: string, data: Uint8Array, result: ReadResult): Promise<OpenedProject> => {
    if (!result.ok) throw AppError.from(result.error);
    const report: ImportedReport = result.value;
    const at = now().toISOString();
    const { path: defaultGlossary } = await glossary['glossary.default']({});
    const file = createProjectFile(
      report.doc,
      { fileName: basename(fileName), sha256: sha256(data), encoding: report.encoding, format: report.format, importedAt: at },
      at,
      [defaultGlossary],
      importedNotes(report, at),
    );
    await locks.release();
    return { path: null, file, journalKey: journalKeyOf(null, file), diskHash: null, openElsewhere: null };
  };
  const importBytes = async (fileName: string, data: Uint8Array): Promise<OpenedProject> => newProject(fileName, data, await readReport(fileName, data));

  /** Linked glossaries are stored relative to the project's folder; the app works with absolute paths, granted for reading. */
  const glossariesFromDisk = (projectPath: string, file: ProjectFile): ProjectFile => {
    const glossaries = file.glossaries.map((g) => (isAbsolute(g) ? g : resolve(dirname(projectPath), g)));
    for (const g of glossaries) access.grant(g);
    return { ...file, glossaries };
  };
  const glossariesToDisk = (projectPath: string, file: ProjectFile): ProjectFile => ({
    ...file,
    glossaries: file.glossaries.map((g) => {
      const rel = relative(dirname(projectPath), g);
      return rel && !isAbsolute(rel) && rel.split(/[\\/]/)[0] !== '..' ? rel : g;
    }),
  });

  const importPath = async (path: string): Promise<OpenedProject> => {
    const data = await readReportFile(path);
    return await importBytes(basename(path), new Uint8Array(data));
  };

  const openPath = async (path: string): Promise<OpenedProject> => {
    const { file: onDisk, doc, diskHash } = await readProject(path);
    const file = glossariesFromDisk(path, onDisk);
    await recent.add(path, projectTitle(doc, file.source.fileName), now().toISOString());
    const openElsewhere = await locks.acquire(path);
    return { path, file, journalKey: journalKeyOf(path, file), diskHash, openElsewhere };
  };

  const unsupported = (channel: string) => (): never => {
    throw new AppError('unsupported', { channel });
  };

  const handlers: HandlerTable = {
    'app.info': async () => ({ mode: options.mode, version: options.version, workspace: options.workspace, userName: osUserName() }),

    'session.start': async () => {
      let opened: OpenedProject | null = null;
      let launchError: WireError | null = null;
      if (options.launch) {
        try {
          opened = options.launch.kind === 'project' ? await openPath(options.launch.path) : await importPath(options.launch.path);
        } catch (error) {
          launchError = toWireError(error);
        }
      }
      opened ??= await importPath(options.samplePath);
      const journals: JournalSummary[] = await journal.list();
      return { opened, journals, launchError };
    },

    'project.import': async ({ fileName, data }) => importBytes(fileName, data),
    'project.paste': async ({ text, html }) => {
      const name = html ? 'clipboard.html' : 'clipboard.txt';
      const data = new TextEncoder().encode(html ?? text);
      return newProject(name, data, html ? await readHtmlString(html) : await readReport(name, data));
    },
    ...glossary,
    ...memoryHandlers({ store: memoryStore, version: options.version, now }),
    ...alignHandlers({ access, store: memoryStore, version: options.version, now }),
    ...dictionaryHandlers({ dictionary, memory: memoryStore }),
    ...spellingHandlers(new UserWords(join(options.dataDir, USER_WORDS_FILE_NAME))),
    ...exportHandlers({ access, printer: options.printer }),
    ...deliverHandlers({ access, now }),

    'project.open': async ({ path }) => openPath(await access.resolveProject(path)),

    'project.save': async ({ path, file: project, journalKey, expectedHash, overwrite }) => {
      const target = await access.resolveProject(path);
      const savedAt = now().toISOString();
      const saved = { ...project.file, savedAt };
      const diskHash = await writeProject(target, glossariesToDisk(target, saved), undefined, overwrite ? null : expectedHash);
      if (!locks.holds(target)) await locks.acquire(target);
      access.grant(target);
      await recent.add(target, projectTitle(project.doc, saved.source.fileName), savedAt);
      if (journalKey) await journal.discard(journalKey);
      await journal.discard(target);
      return { path: target, savedAt, journalKey: journalKeyOf(target, saved), diskHash };
    },

    'project.files': async () => ({ workspace: options.workspace, files: await access.listWorkspace(), recent: await recent.list() }),

    'journal.write': async ({ key, path, file: project }) => {
      const journaledAt = now().toISOString();
      await journal.write(key, path, project, journaledAt);
      return { journaledAt };
    },

    'journal.read': async ({ key }) => {
      const entry = await journal.read(key);
      if (!entry) throw new AppError('journal.notFound');
      if (entry.path) access.grant(entry.path);
      // The journal holds the app's own (absolute) glossary paths; they were the user's links.
      for (const g of entry.file.glossaries) if (isAbsolute(g)) access.grant(g);
      const openElsewhere = entry.path ? await locks.acquire(entry.path) : null;
      return { path: entry.path, file: entry.file, journalKey: entry.key, journaledAt: entry.journaledAt, diskHash: null, openElsewhere };
    },

    'journal.discard': async ({ key }) => {
      await journal.discard(key);
      return {};
    },

    'dialog.openProject': unsupported('dialog.openProject'),
    'dialog.saveProject': unsupported('dialog.saveProject'),
    'dialog.openGlossary': unsupported('dialog.openGlossary'),
    'dialog.saveGlossary': unsupported('dialog.saveGlossary'),
    'app.setLanguage': async () => ({}),
  };

  return { handlers, access, recent, journal };
}

/** The operating system's user name, or null where the system gives none (a container without a passwd entry). */
function osUserName(): string | null {
  try {
    return userInfo().username.slice(0, 200) || null;
  } catch {
    return null;
  }
}
