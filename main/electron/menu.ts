import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { MenuMessage } from '../../src/api/bridge.js';
import type { RecentFile } from '../node/recentFiles.js';

/** Builds the native menu in the UI language; file commands go to the renderer, which owns the open project. */
export function buildMenu(t: TFunction, window: BrowserWindow | null, recent: readonly RecentFile[]): Menu {
  const send = (message: MenuMessage) => () => window?.webContents.send('duizhao:menu', message);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.import'), accelerator: 'CmdOrCtrl+Shift+O', click: send({ command: 'import' }) },
        { label: t('paste.menu'), click: send({ command: 'pasteProject' }) },
        { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: send({ command: 'open' }) },
        {
          label: t('menu.openRecent'),
          submenu: recent.length
            ? recent.map((r) => ({ label: `${r.title} — ${r.path}`, click: send({ command: 'openRecent', path: r.path }) }))
            : [{ label: t('menu.noRecent'), enabled: false }],
        },
        { type: 'separator' },
        { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: send({ command: 'save' }) },
        { label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: send({ command: 'saveAs' }) },
        { type: 'separator' },
        { label: t('menu.export'), submenu: [{ label: t('menu.exportPdf'), accelerator: 'CmdOrCtrl+P', click: send({ command: 'exportPdf' }) }, { label: t('menu.exportDocx'), click: send({ command: 'exportDocx' }) }] },
        { type: 'separator' },
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
        { type: 'separator' },
        // The renderer handles these keys itself (they act on its selection); the menu only shows them.
        { label: t('menu.addTerm'), accelerator: 'CmdOrCtrl+Shift+G', registerAccelerator: false, click: send({ command: 'addTerm' }) },
        { label: t('menu.linkTerm'), accelerator: 'CmdOrCtrl+Shift+L', registerAccelerator: false, click: send({ command: 'linkTerm' }) },
        { label: t('menu.addNote'), accelerator: 'CmdOrCtrl+Alt+M', registerAccelerator: false, click: send({ command: 'addNote' }) },
        { label: t('review.addComment'), accelerator: 'CmdOrCtrl+Alt+C', registerAccelerator: false, click: send({ command: 'addComment' }) },
        { label: t('review.mode'), accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false, click: send({ command: 'toggleReview' }) },
        { type: 'separator' },
        { label: t('sentences.allToSentences'), accelerator: 'CmdOrCtrl+Alt+Shift+S', registerAccelerator: false, click: send({ command: 'sentenceModeAll' }) },
        { label: t('sentences.allToParagraphs'), click: send({ command: 'paragraphModeAll' }) },
        { type: 'separator' },
        { label: t('candidates.open'), click: send({ command: 'findTerms' }) },
      ],
    },
    {
      label: t('menu.memory'),
      submenu: [
        { label: t('menu.importMemory'), click: send({ command: 'importMemory' }) },
        { label: t('menu.pretranslate'), click: send({ command: 'pretranslate' }) },
        { label: t('menu.concordance'), accelerator: 'CmdOrCtrl+Shift+F', registerAccelerator: false, click: send({ command: 'concordance' }) },
        { type: 'separator' },
        { label: t('menu.exportXliff'), click: send({ command: 'exportXliff' }) },
        { label: t('menu.mergeXliff'), click: send({ command: 'mergeXliff' }) },
        { label: t('menu.exportTmx'), click: send({ command: 'exportTmx' }) },
        { label: t('menu.align'), click: send({ command: 'align' }) },
        { label: t('menu.mergeReview'), click: send({ command: 'mergeReview' }) },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('menu.language'),
          submenu: [
            { label: t('language.en'), click: send({ command: 'language:en' }) },
            { label: t('language.zh-CN'), click: send({ command: 'language:zh-CN' }) },
          ],
        },
      ],
    },
    { label: t('menu.help'), submenu: [{ label: t('about.title'), click: send({ command: 'about' }) }] },
  ];
  return Menu.buildFromTemplate(template);
}
