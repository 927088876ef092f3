import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { WEB_BUNDLE } from '../scripts/build.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Chromium flags for these machines: headless, no sandbox as root, no network chatter. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, or the one named by CHROMIUM_PATH. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * The Chromium of this Vitest worker, shared by the e2e files it runs one after another (the project keeps
 * modules loaded from one file to the next, `isolate: false`): a browser launched per file cost as much
 * processor time as a short test. Launched again when it crashed or was closed; when the worker ends,
 * Playwright's exit and SIGTERM handlers close it.
 */
let workerBrowser: Promise<Browser> | undefined;

async function sharedBrowser(): Promise<Browser> {
  const current = await workerBrowser?.catch(() => undefined);
  if (current?.isConnected()) return current;
  workerBrowser = launchChromium();
  return workerBrowser;
}

/**
 * The browser of a test file: the worker's shared Chromium, ready before the file's tests. Each page has a
 * context of its own (`browser.newPage`), so tests share no cookies or storage; whatever context a file
 * leaves open is closed after its tests, so the next file starts with none.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    if (browser?.isConnected()) await Promise.all(browser.contexts().map((context) => context.close().catch(() => undefined)));
    browser = undefined;
  });
  return () => {
    if (!browser) throw new Error('the browser starts before the tests');
    return browser;
  };
}

/**
 * A browser and one web-mode server (fresh folders) for a test file, or a `describe` block, whose tests do
 * not interfere: starting a server per test is most of an e2e file's time. `browser`: the file's browser
 * from `useBrowser()`, shared instead of launching another one for the block.
 */
export function useWebMode(options: { readonly browser?: () => Browser } = {}): { readonly browser: () => Browser; readonly server: () => WebMode } {
  const browser = options.browser ?? useBrowser();
  let server: WebMode | undefined;
  beforeAll(async () => {
    server = await startWebMode(tempDirs());
  });
  // Each test opens the app as the first did: a page the previous test typed in may have been autosaved,
  // and the app would open on the offer to recover it.
  beforeEach(() => {
    if (server) forgetAutosaves(server);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    browser,
    server: () => {
      if (!server) throw new Error('the server starts before the tests');
      return server;
    },
  };
}

/** Fresh folders for one test's app data and web workspace. */
export function tempDirs(): { home: string; workspace: string } {
  const base = mkdtempSync(join(tmpdir(), 'duizhao-e2e-'));
  return { home: join(base, 'home'), workspace: join(base, 'workspace') };
}

export interface WebMode {
  /** The server's app data (recent files, autosave journals) and web workspace folders. */
  readonly home: string;
  readonly workspace: string;
  readonly url: string;
  readonly origin: string;
  readonly process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts web mode's built server as `npm run web` does once the build is fresh (the e2e global setup
 * builds it) and waits for its URL line.
 */
export async function startWebMode(options: { home: string; workspace: string; args?: readonly string[]; bundle?: string }): Promise<WebMode> {
  // `bundle`: another build's web mode (the benchmark compares the previous design with this one).
  const bundle = options.bundle ?? WEB_BUNDLE;
  const child = spawn(process.execPath, [bundle, ...(options.args ?? [])], {
    cwd: options.bundle ? join(bundle, '..', '..', '..') : ROOT,
    env: { ...process.env, DUIZHAO_HOME: options.home, DUIZHAO_WORKSPACE: options.workspace },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web mode did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Duizhao web mode: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web mode exited with ${code}:\n${output}`)));
  });
  return {
    home: options.home,
    workspace: options.workspace,
    url,
    origin: new URL(url).origin,
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** Deletes the server's autosave journals, so that the next page opens without offering to recover them. */
export function forgetAutosaves(server: WebMode): void {
  rmSync(join(server.home, 'journal'), { recursive: true, force: true });
}

/** A page on the app in web mode, once the app says it is ready; `acceptDialogs` answers confirm() with yes. */
export async function openApp(browser: Browser, server: WebMode, options: { readonly acceptDialogs?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (options.acceptDialogs) page.on('dialog', (d) => void d.accept());
  await page.goto(server.url);
  await page.locator('.app[data-ready="true"]').waitFor();
  return page;
}

/**
 * Waits until a dialog is shown and holds the focus: it takes the focus once painted, so a key pressed as
 * soon as it shows could still reach the editor behind it.
 */
export async function dialogWithFocus(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
}

/** Web mode's Save dialog: saves the open project as `name` in the workspace and waits until it is saved. */
export async function saveInWorkspace(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Save the project' });
  await dialog.getByLabel('File name').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('save-state').filter({ hasText: 'Saved at' }).waitFor();
}

/** Opens a file of the workspace through *Open project…* (the caller waits for what it expects). */
export async function chooseFromWorkspace(page: Page, fileName: string): Promise<void> {
  await page.getByRole('button', { name: 'Open project…' }).click();
  await page.getByRole('dialog', { name: 'Open a project' }).getByRole('button', { name: fileName }).click();
}

/**
 * True when the editor has the focus and its caret (or selection) is inside the element: with one
 * editor for the whole report, the focused element is the editor (or the live cell the caret is in),
 * and the caret says which paragraph.
 */
export function hasCaret(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const anchor = window.getSelection()?.anchorNode ?? null;
    const focus = document.activeElement;
    // The focus is on the editor around the row, or on the row's English as the live cell.
    return anchor !== null && el.contains(anchor) && focus !== null && (focus.contains(el) || el.contains(focus));
  });
}

/** The text of the row the caret is in ('' when the editor has no focus). */
export function caretRowText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const anchor = window.getSelection()?.anchorNode ?? null;
    const element = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
    return document.activeElement?.contains(element) ? (element?.closest('.unit-row')?.textContent ?? '') : '';
  });
}

/** Selects a substring of a row's Chinese as a user would with the mouse, through the DOM selection. */
export async function selectInSource(page: Page, id: string, text: string): Promise<void> {
  const row = page.locator(`.unit-row[data-unit-id="${id}"]`);
  await row.scrollIntoViewIfNeeded();
  await row.locator('.source-view').hover();
  await row
    .locator('.source-view')
    .evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let offset = 0;
      const nodes: Array<{ node: Text; start: number }> = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: offset });
        offset += (n as Text).data.length;
      }
      const full = nodes.map((n) => n.node.data).join('');
      const from = full.indexOf(wanted);
      const locate = (at: number): [Text, number] => {
        const hit = [...nodes].reverse().find((n) => n.start <= at) as { node: Text; start: number };
        return [hit.node, at - hit.start];
      };
      const [a, ao] = locate(from);
      const [b, bo] = locate(from + wanted.length);
      // As a mouse press would, the press gives the one editor the focus, then the drag selects.
      (root.closest('.ProseMirror') as HTMLElement | null)?.focus();
      window.getSelection()?.setBaseAndExtent(a, ao, b, bo);
    }, text);
  await page.waitForTimeout(100);
}
