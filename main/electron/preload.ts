import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DuizhaoBridge, MenuMessage } from '../../src/api/bridge.js';

/** The curated verbs of the preload: one invoke entry point and a menu subscription; never ipcRenderer itself. */
const bridge: DuizhaoBridge = {
  invoke: (channel, args) => ipcRenderer.invoke('duizhao:invoke', channel, args),
  onMenuCommand(listener) {
    const handler = (_event: IpcRendererEvent, message: MenuMessage): void => listener(message);
    ipcRenderer.on('duizhao:menu', handler);
    return () => {
      ipcRenderer.removeListener('duizhao:menu', handler);
    };
  },
};

contextBridge.exposeInMainWorld('duizhao', bridge);
