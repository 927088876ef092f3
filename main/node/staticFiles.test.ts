import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, readStaticFile, resolveStaticPath } from './staticFiles.js';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'duizhao-static-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>ui</p>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'assets', '两江 新区.css'), 'p{}');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  mkdirSync(join(base, 'renderer-other'));
  writeFileSync(join(base, 'renderer-other', 'x.js'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link-out.txt'));
  symlinkSync(base, join(root, 'dir-out'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'link-in.js'));
});

describe('the static file server of the UI (web mode and Electron alike)', () => {
  it('serves the files of the root, / as index.html, with the CSP and a type', async () => {
    expect(await resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    const page = await readStaticFile(root, '/');
    expect(new TextDecoder().decode(page?.data)).toContain('<p>ui</p>');
    expect(page?.headers).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
    expect((await readStaticFile(root, '/assets/app.js'))?.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(await resolveStaticPath(root, `/assets/${encodeURIComponent('两江 新区.css')}`)).toBe(join(root, 'assets', '两江 新区.css'));
    // A link that stays inside the root is followed.
    expect(await resolveStaticPath(root, '/link-in.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it('refuses traversal, plain and encoded, and a sibling folder that shares the prefix', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/%2E%2E/%2E%2E/secret.txt', '/../renderer-other/x.js']) {
      expect(await resolveStaticPath(root, path), path).toBeNull();
      expect(await readStaticFile(root, path), path).toBeNull();
    }
  });

  it('refuses NUL, backslashes and text that does not decode', async () => {
    for (const path of ['/index.html%00', '/index.html%00.png', '/%00', '/..%5csecret.txt', '/assets%5c..%5c..%5csecret.txt', '/%E0%A4%A', '/%']) {
      expect(await resolveStaticPath(root, path), path).toBeNull();
    }
  });

  it('keeps absolute paths inside the root', async () => {
    const secret = join(base, 'secret.txt');
    for (const path of [secret, `/${secret}`, `//${secret}`, encodeURIComponent(secret), '//etc/passwd', '/etc/passwd']) {
      expect(await resolveStaticPath(root, path), path).toBeNull();
    }
  });

  it('refuses links that lead out of the root, folders, and missing files', async () => {
    // (A link out and back in, /dir-out/renderer/index.html, names a file of the root: that is served.)
    for (const path of ['/assets/link-out.txt', '/dir-out/secret.txt', '/assets', '/assets/', '/missing.js']) {
      expect(await resolveStaticPath(root, path), path).toBeNull();
    }
  });
});
