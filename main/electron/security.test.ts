import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/api/contract.js';
import type { HandlerTable } from '../node/services.js';
import { dispatch } from '../node/dispatch.js';
import { CONTENT_SECURITY_POLICY } from '../node/staticFiles.js';
import { APP_ORIGIN, hardenContents, hardenSession, ipcGuard, isExternalWebUrl, mainWindowOptions, printWindowOptions } from './security.js';

type Listener = (event: { preventDefault: () => void; defaultPrevented?: boolean }, url: string) => void;

/** A stand-in web contents that records what the app registers on it. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string): boolean => {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('Electron hardening', () => {
  it('builds the window with isolation, sandbox and no Node, and so the print window', () => {
    const main = mainWindowOptions('/app/preload.cjs').webPreferences;
    expect(main).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, disableBlinkFeatures: 'Auxclick', preload: '/app/preload.cjs' });
    const session = {} as Parameters<typeof printWindowOptions>[0];
    const print = printWindowOptions(session);
    expect(print.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, session });
    expect(print.webPreferences).not.toHaveProperty('preload');
    expect(print.show).toBe(false);
  });

  it('denies every permission request and check', () => {
    const got: { request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void; check?: () => boolean } = {};
    hardenSession({
      setPermissionRequestHandler: (h) => void (got.request = h as typeof got.request),
      setPermissionCheckHandler: (h) => void (got.check = h as typeof got.check),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      got.request?.({}, permission, (g: boolean) => answers.push(g));
      expect(answers).toEqual([false]);
    }
    expect(got.check?.()).toBe(false);
  });

  it('keeps navigation inside the app, refuses webviews and new windows, and opens only http(s) links outside', () => {
    const opened: string[] = [];
    const { contents, fire, open } = fakeContents();
    hardenContents(contents as unknown as Parameters<typeof hardenContents>[0], { openExternal: async (url: string) => void opened.push(url) });
    expect(fire('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-attach-webview', 'https://example.com/')).toBe(true);
    for (const url of ['https://www.gov.cn/', 'http://example.com/a', 'file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'duizhao://app/x', 'not a url']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.gov.cn/', 'http://example.com/a']);
    expect(isExternalWebUrl('mailto:a@b.c')).toBe(false);
  });

  it('answers IPC from a forged or missing sender with forbidden, a bad channel with badRequest, and passes the rest on', async () => {
    const calls: Array<[string, unknown]> = [];
    const guard = ipcGuard(async (channel, args): Promise<Envelope<unknown>> => {
      calls.push([channel, args]);
      return { ok: true, value: 'handled' };
    });
    for (const url of ['https://evil.example/', 'duizhao://evil/index.html', 'file:///index.html', '', 'duizhao-print://print/x']) {
      expect(await guard({ senderFrame: { url } }, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await guard({ senderFrame: null }, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await guard({}, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const channel of [42, null, { toString: () => 'app.info' }, ['app.info']]) {
      expect(await guard({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, channel, {})).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    }
    expect(calls).toEqual([]);
    expect(await guard({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, 'app.info', { x: 1 })).toEqual({ ok: true, value: 'handled' });
    expect(calls).toEqual([['app.info', { x: 1 }]]);
  });
});

describe('the content security policy and the contract behind the IPC guard', () => {
  it('serves the UI with a policy that allows only its own scripts, styles and fonts', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The page's own meta policy says the same (frame-ancestors has no effect in a meta element).
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('refuses malformed arguments from the app\'s own frame before any handler runs', async () => {
    const called: string[] = [];
    const handlers = new Proxy({} as HandlerTable, { get: (_t, channel: string) => async () => void called.push(channel) });
    const guard = ipcGuard((channel, args) => dispatch(handlers, channel, args));
    const own = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };
    expect(await guard(own, 'no.such.channel', {})).toMatchObject({ ok: false, error: { code: 'badRequest', params: { reason: 'channel' } } });
    expect(await guard(own, 'project.open', { path: 42 })).toMatchObject({ ok: false, error: { code: 'badRequest', params: { reason: 'arguments' } } });
    expect(await guard(own, 'project.import', { fileName: 'x.txt', data: 'not bytes' })).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    expect(await guard(own, 'glossary.load', { paths: Array(101).fill('a') })).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    expect(await guard(own, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    expect(called).toEqual([]);
    expect(await guard(own, 'app.info', {})).toMatchObject({ ok: true });
    expect(called).toEqual(['app.info']);
  });
});
