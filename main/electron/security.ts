import type { BrowserWindowConstructorOptions, Session, Shell, WebContents, WebPreferences } from 'electron';
import type { Envelope } from '../../src/api/contract.js';

/**
 * Everything that hardens the app's windows and session, as functions over the Electron objects they
 * are given (only Electron's types are imported here), so a test in plain Node can check them with
 * stand-ins: the window factory's options, the session's permission handlers, navigation and
 * `window.open` rules, `shell.openExternal` limited to http(s), and the IPC guard.
 */

/** The scheme and host the UI is served from inside the app. */
export const APP_ORIGIN = 'duizhao://app';

/** The baseline of every window (STYLE.md habit 8): isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // A middle click must not open links in new windows.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  };
}

/** The options of the main window: its size and title, shown once painted, with the secure preferences. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return { width: 1400, height: 900, minWidth: 900, minHeight: 600, title: 'Duizhao 对照', show: false, webPreferences: secureWebPreferences(preload) };
}

/** The hidden window that prints a PDF: the same secure preferences, no preload, its own session (which only serves the print page). */
export function printWindowOptions(session: Session): BrowserWindowConstructorOptions {
  const { preload: _none, ...preferences } = secureWebPreferences('');
  return { show: false, webPreferences: { ...preferences, spellcheck: false, session } };
}

/** True for a frame of our own UI; IPC from anything else (a navigated or injected frame) is dropped. */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Only web links leave the app, and they go to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Every permission (camera, notifications, geolocation, clipboard-read…) is refused, asked or checked. */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Rules for every web contents the app creates: no navigation away from the app's own pages, no
 * `<webview>`, no new windows; a web link opens in the system browser (http and https only, never
 * `file:`, `smb:` or a custom protocol).
 */
export function hardenContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * The one IPC entry point: a message from any frame that is not the app's UI is answered
 * `forbidden` without reaching a handler; a channel that is not a string is a bad request; the rest
 * goes to `dispatch`, which validates the arguments against the contract.
 */
export function ipcGuard(
  dispatch: (channel: string, args: unknown) => Promise<Envelope<unknown>>,
): (event: { readonly senderFrame?: { readonly url: string } | null }, channel: unknown, args: unknown) => Promise<Envelope<unknown>> {
  return async (event, channel, args) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url)) return { ok: false, error: { code: 'forbidden', message: 'untrusted sender' } };
    if (typeof channel !== 'string') return { ok: false, error: { code: 'badRequest', message: 'channel' } };
    return dispatch(channel, args);
  };
}
