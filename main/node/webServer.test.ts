import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, SAMPLE } from '../../test/corpus.js';
import { createServices } from './services.js';
import { chromiumPrinter } from './chromiumPrinter.js';
import { nodeBase64, startWebServer, type WebServer } from './webServer.js';

interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request, so tests can forge Host and Origin headers as an attacker's page or a rebinding DNS would. */
function send(server: WebServer, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path ?? '/', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let server: WebServer;
let staticDir: string;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'duizhao-web-'));
  staticDir = join(base, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><p>ui</p>');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  const workspace = join(base, 'workspace');
  mkdirSync(workspace);
  const services = createServices({
    mode: 'web',
    printer: chromiumPrinter,
    version: 'test',
    dataDir: join(base, 'home'),
    workspace,
    samplePath: fixturePath(SAMPLE),
    starterGlossaryPath: fixturePath('../../assets/glossary/starter.duizhao-glossary'),
    glossaryDir: workspace,
    launch: null,
  });
  server = await startWebServer({ handlers: services.handlers, staticDir, token: 'the-token', maxBodyBytes: 1024 * 1024 });
});

afterAll(async () => {
  await server.close();
});

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send(server, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Duizhao-Token': 'the-token', ...headers },
    body: JSON.stringify(body),
  });

/** The sample imported through the server, as the UI holds it. */
async function sampleProject(): Promise<unknown> {
  const data = readFileSync(fixturePath(SAMPLE)).toString('base64');
  const reply = JSON.parse((await api('project.import', { fileName: 'n.txt', data: { $bytes: data } })).body) as { value: { file: unknown } };
  return reply.value.file;
}

describe("web mode's base64", () => {
  it('is standard base64 of the bytes of a view, and decodes to a Uint8Array of its own', () => {
    const whole = new Uint8Array([9, 0xef, 0xbb, 0xbf, 0x41, 9]);
    expect(nodeBase64.encode(whole.subarray(1, 5))).toBe('77u/QQ==');
    const back = nodeBase64.decode('77u/QQ==');
    expect(back).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    expect(Buffer.isBuffer(back)).toBe(false);
    expect(back.byteLength).toBe(back.buffer.byteLength);
  });
});

describe('web mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=the-token`);
  });

  it('trades the token in the URL for an HttpOnly, SameSite=Strict cookie and serves the UI with a strict CSP', async () => {
    const first = await send(server, { path: '/?token=the-token' });
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await send(server, { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses requests without the token or with a wrong one', async () => {
    expect((await send(server, {})).status).toBe(401);
    expect((await send(server, { path: '/?token=wrong' })).status).toBe(401);
    expect((await api('app.info', {}, { 'X-Duizhao-Token': 'wrong' })).status).toBe(401);
    const noToken = await send(server, { method: 'POST', path: '/api/app.info', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
  });

  it('refuses a foreign Origin and a cross-site fetch, even with the token', async () => {
    expect((await api('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app.info', {}, { Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await api('app.info', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('app.info', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await api('app.info', {}, { Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await api('app.info', {}, { Host: '127.0.0.1' })).status).toBe(421);
  });

  it('answers API calls through the contract and refuses bad channels, arguments and bodies', async () => {
    const info = await api('app.info', {});
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { mode: 'web', version: 'test' } });
    expect(JSON.parse((await api('no.such', {})).body)).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    expect(JSON.parse((await api('project.open', { path: 42 })).body)).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    const badJson = await send(server, { method: 'POST', path: '/api/app.info', headers: { 'Content-Type': 'application/json', 'X-Duizhao-Token': 'the-token' }, body: '{' });
    expect(badJson.status).toBe(400);
    const form = await send(server, { method: 'POST', path: '/api/app.info', headers: { 'Content-Type': 'text/plain', 'X-Duizhao-Token': 'the-token' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('refuses a body over the limit before reading it', async () => {
    const big = await api('project.import', { fileName: 'big.txt', data: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });

  it('refuses path traversal, in static files and in project paths', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const reply = await send(server, { path, headers: { 'X-Duizhao-Token': 'the-token' } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
    for (const path of ['../../etc/passwd', '/etc/passwd', 'sub/x.duizhao', '..\\x.duizhao', '.hidden.duizhao', 'x.txt']) {
      const reply = JSON.parse((await api('project.open', { path })).body) as { ok: boolean; error?: { code: string } };
      expect(reply, path).toMatchObject({ ok: false, error: { code: 'access.denied' } });
    }
    const save = JSON.parse((await api('project.save', { path: '/tmp/evil.duizhao', file: await sampleProject(), journalKey: null })).body) as unknown;
    expect(save).toMatchObject({ ok: false, error: { code: 'access.denied' } });
  });

  it('parses a project sent over HTTP at the entry: a malformed one is refused with its code and never journaled', async () => {
    const file = (await sampleProject()) as { doc: { content: Array<{ content: unknown[] }> } };
    const broken = { ...file, doc: { ...file.doc, content: [{ ...file.doc.content[0], content: [] }] } };
    const reply = JSON.parse((await api('journal.write', { key: 'untitled:broken', path: null, file: broken })).body) as unknown;
    expect(reply).toMatchObject({ ok: false, error: { code: 'project.invalid', params: { path: 'doc' } } });
    expect(JSON.parse((await api('journal.read', { key: 'untitled:broken' })).body)).toMatchObject({ ok: false, error: { code: 'journal.notFound' } });
    expect(JSON.parse((await api('journal.write', { key: 'untitled:good', path: null, file })).body)).toMatchObject({ ok: true });
    expect(JSON.parse((await api('journal.read', { key: 'untitled:good' })).body)).toMatchObject({ ok: true, value: { file: { source: { fileName: 'n.txt' } } } });
    const session = JSON.parse((await api('session.start', {})).body) as { value: { journals: Array<{ key: string; title: string }> } };
    expect(session.value.journals).toEqual([expect.objectContaining({ key: 'untitled:good', title: '重庆市南岸区人民政府工作报告' })]);
  });

  it('imports bytes sent as base64 and refuses a PNG with a code', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const reply = JSON.parse((await api('project.import', { fileName: 'x.txt', data: { $bytes: png } })).body) as unknown;
    expect(reply).toMatchObject({ ok: false, error: { code: 'import.binary', params: { format: 'PNG' } } });
  });
});
