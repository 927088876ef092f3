import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Channel, JournalSummary, OpenedProject, Request, Response, WireError } from '../../src/api/contract.js';
import { createProjectFile, type ProjectFile } from '../../src/document/projectFile.js';
import { importReport } from '../../src/import/importReport.js';
import { readReportFile } from './readInputFile.js';
import { AppError, toWireError } from './appError.js';
import { FileAccess } from './fileAccess.js';
import { exportHandlers } from './exportHandlers.js';
import { deliverHandlers } from './deliverHandlers.js';
import type { Printer } from './exportPdf.js';
import { glossaryHandlers } from './glossaryHandlers.js';
import { memoryHandlers } from './memoryHandlers.js';
import { MEMORY_FILE_NAME, MemoryStore } from './memoryStore.js';
import { sha256 } from './hash.js';
import { Journal } from './journal.js';
import { readProject, writeProject } from './projectStore.js';
import { ProjectLocks } from './projectLock.js';
import { projectTitle } from './projectTitle.js';
import { RecentFiles } from './recentFiles.js';

/** What the app opens at start: a project or report named on the command line, else the bundled sample. */
export type LaunchTarget = { readonly kind: 'project'; readonly path: string } | { readonly kind: 'report'; readonly path: string };

export interface BackendOptions {
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
  /** The PDF printer: Chromium through playwright-core unless the app gives Electron's. */
  readonly printer?: Printer;
}

/** A handler for one channel: validated arguments in, response out; expected failures throw AppError. */
export type Handler<C extends Channel> = (args: Request<C>) => Promise<Response<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

/** The journal key of a project: its path, or for a never-saved one the hash of its source. */
export function journalKeyOf(path: string | null, file: ProjectFile): string {
  return path ?? `untitled:${file.source.sha256}`;
}

/** The services behind the UI, used alike by Electron's IPC and the web server, and the calls they answer. */
export interface Backend {
  readonly handlers: HandlerTable;
  readonly access: FileAccess;
  readonly recent: RecentFiles;
  readonly journal: Journal;
}

/**
 * Creates the back end. Dialog channels answer `unsupported` here; the Electron main process
 * replaces them with native dialogs.
 */
export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const recent = new RecentFiles(join(options.dataDir, 'recent.json'));
  const journal = new Journal(join(options.dataDir, 'journal'));
  const access = new FileAccess(options.workspace, recent);
  const locks = new ProjectLocks(now);
  if (options.launch) access.grant(options.launch.path);

  const glossary = glossaryHandlers({ access, glossaryDir: options.glossaryDir, starterPath: options.starterGlossaryPath, now });

  /** A new project links the user's default glossary. */
  const importBytes = async (fileName: string, data: Uint8Array): Promise<OpenedProject> => {
    const result = importReport(fileName, data);
    if (!result.ok) throw AppError.from(result.error);
    const at = now().toISOString();
    const { path: defaultGlossary } = await glossary['glossary.default']({});
    const file = createProjectFile(
      result.value.doc,
      { fileName: basename(fileName), sha256: sha256(data), encoding: result.value.encoding, format: result.value.format, importedAt: at },
      at,
      [defaultGlossary],
    );
    await locks.release();
    return { path: null, file, journalKey: journalKeyOf(null, file), diskHash: null, openElsewhere: null };
  };

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
    const { file: onDisk, diskHash } = await readProject(path);
    const file = glossariesFromDisk(path, onDisk);
    await recent.add(path, projectTitle(file), now().toISOString());
    const openElsewhere = await locks.acquire(path);
    return { path, file, journalKey: journalKeyOf(path, file), diskHash, openElsewhere };
  };

  const unsupported = (channel: string) => (): never => {
    throw new AppError('unsupported', { channel });
  };

  const handlers: HandlerTable = {
    'app.info': async () => ({ mode: options.mode, version: options.version, workspace: options.workspace }),

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
    ...glossary,
    ...memoryHandlers({ store: new MemoryStore(join(options.dataDir, MEMORY_FILE_NAME)), version: options.version, now }),
    ...exportHandlers({ access, ...(options.printer ? { printer: options.printer } : {}) }),
    ...deliverHandlers({ access, now }),

    'project.open': async ({ path }) => openPath(await access.resolveProject(path)),

    'project.save': async ({ path, file, journalKey, expectedHash, overwrite }) => {
      const target = await access.resolveProject(path);
      const savedAt = now().toISOString();
      const saved = { ...(file as ProjectFile), savedAt };
      const diskHash = await writeProject(target, glossariesToDisk(target, saved), undefined, overwrite ? null : expectedHash);
      if (!locks.holds(target)) await locks.acquire(target);
      access.grant(target);
      await recent.add(target, projectTitle(saved), savedAt);
      if (journalKey) await journal.discard(journalKey);
      await journal.discard(target);
      return { path: target, savedAt, journalKey: journalKeyOf(target, saved), diskHash };
    },

    'project.files': async () => ({ workspace: options.workspace, files: await access.listWorkspace(), recent: await recent.list() }),

    'journal.write': async ({ key, path, file }) => {
      const journaledAt = now().toISOString();
      await journal.write(key, path, file as ProjectFile, journaledAt);
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
