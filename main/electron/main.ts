import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import en from '../../assets/locales/en/translation.json' with { type: 'json' };
import zh from '../../assets/locales/zh-CN/translation.json' with { type: 'json' };
import type { Language } from '../../src/api/contract.js';
import { appVersion, RENDERER_DIR, SAMPLE_REPORT, STARTER_GLOSSARY } from '../node/appPaths.js';
import { createServices, type HandlerTable } from '../node/services.js';
import { dispatch } from '../node/dispatch.js';
import { launchTargetOf } from '../node/launchTarget.js';
import { readStaticFile } from '../node/staticFiles.js';
import { buildMenu } from './menu.js';
import { electronPrinter, PRINT_SCHEME } from './printToPdf.js';
import { APP_ORIGIN, hardenContents, hardenSession, ipcGuard, mainWindowOptions } from './security.js';

const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** The file a user opened Duizhao with (`duizhao report.duizhao`, or a double-click on a project). */
function fileArgument(argv: readonly string[]): string | undefined {
  return argv.slice(app.isPackaged ? 1 : 2).find((a) => !a.startsWith('-') && existsSync(a));
}

protocol.registerSchemesAsPrivileged([
  { scheme: 'duizhao', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the window (and the open project): it gets our arguments and we leave.
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let window: BrowserWindow | null = null;
  let language: Language = 'en';
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, fallbackLng: 'en', resources: { en: { translation: en }, 'zh-CN': { translation: zh } } });

  const services = createServices({
    mode: 'electron',
    version: appVersion(),
    dataDir: app.getPath('userData'),
    workspace: null,
    samplePath: SAMPLE_REPORT,
    starterGlossaryPath: STARTER_GLOSSARY,
    glossaryDir: join(app.getPath('documents'), 'Duizhao'),
    printer: electronPrinter,
    launch: launchTargetOf(fileArgument(process.argv)),
  });

  const refreshMenu = async (): Promise<void> => {
    Menu.setApplicationMenu(buildMenu(i18n.t, window, await services.recent.list()));
  };

  // Native dialogs replace the web mode's; the paths they return are the user's choice and are granted.
  const chooseFile = async (name: string, extension: string): Promise<{ path: string | null }> => {
    const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: [{ name, extensions: [extension] }] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = result.canceled ? null : (result.filePaths[0] ?? null);
    if (path) services.access.grant(path);
    return { path };
  };
  const chooseSavePath = async (defaultPath: string, name: string, extension: string, grant: (path: string) => void): Promise<{ path: string | null }> => {
    const options: Electron.SaveDialogOptions = { defaultPath, filters: [{ name, extensions: [extension] }] };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    const path = result.canceled || !result.filePath ? null : result.filePath;
    if (path) grant(path);
    return { path };
  };
  const handlers: HandlerTable = {
    ...services.handlers,
    'dialog.openProject': () => chooseFile('Duizhao', 'duizhao'),
    'dialog.saveProject': ({ suggestedName }) => chooseSavePath(join(app.getPath('documents'), suggestedName), 'Duizhao', 'duizhao', (p) => services.access.grant(p)),
    'dialog.openGlossary': () => chooseFile('Duizhao glossary', 'duizhao-glossary'),
    'dialog.saveGlossary': ({ suggestedName }) =>
      chooseSavePath(join(app.getPath('documents'), 'Duizhao', suggestedName), 'Duizhao glossary', 'duizhao-glossary', (p) => services.access.grantNew(p)),
    'project.save': async (args) => {
      const saved = await services.handlers['project.save'](args);
      await refreshMenu();
      return saved;
    },
    'project.open': async (args) => {
      const opened = await services.handlers['project.open'](args);
      await refreshMenu();
      return opened;
    },
    'app.setLanguage': async ({ language: next }) => {
      language = next;
      await i18n.changeLanguage(language);
      await refreshMenu();
      return {};
    },
  };

  // One IPC entry point: messages from any frame that is not our UI are dropped; arguments are validated in dispatch.
  ipcMain.handle('duizhao:invoke', ipcGuard((channel, args) => dispatch(handlers, channel, args)));

  app.on('second-instance', (_event, argv) => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const file = argv.slice(1).find((a) => a.endsWith('.duizhao') && existsSync(a));
    if (file) {
      const path = resolve(file);
      services.access.grant(path);
      window.webContents.send('duizhao:menu', { command: 'openRecent', path });
    }
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents, shell));

  app.on('window-all-closed', () => app.quit());

  await app.whenReady();

  hardenSession(session.defaultSession);

  // The same static file server (and traversal guard) as web mode's.
  protocol.handle('duizhao', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'app' ? await readStaticFile(RENDERER_DIR, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    return new Response(file.data, { headers: file.headers });
  });

  // The security settings are repeated as literals where the window is made, for static checkers
  // (Electronegativity) that read this call; the factory's test checks the same values.
  const options = mainWindowOptions(PRELOAD);
  window = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  window.once('ready-to-show', () => window?.show());
  window.on('closed', () => {
    window = null;
  });
  await refreshMenu();
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}
