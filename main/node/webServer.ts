import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseWire, stringifyWire, type Base64 } from '../../src/api/wireJson.js';
import type { HandlerTable } from './services.js';
import { dispatch } from './dispatch.js';
import { readStaticFile } from './staticFiles.js';

/** Largest request body, in bytes: a 90 MB TMX to import into the memory travels as about 120 MB of base64 JSON. */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;

export interface WebServerOptions {
  readonly handlers: HandlerTable;
  /** The built renderer (index.html and its assets). */
  readonly staticDir: string;
  /** 0 for any free port. */
  readonly port?: number;
  /** The per-launch secret; random when not given. */
  readonly token?: string;
  readonly maxBodyBytes?: number;
}

export interface WebServer {
  /** The address to open, with the token: `http://127.0.0.1:PORT/?token=…`. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** Node's base64 for the web transport. */
export const nodeBase64: Base64 = {
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  // A copy: a small Buffer is a view of a shared pool, and handlers keep what they are given.
  decode: (text) => new Uint8Array(Buffer.from(text, 'base64')),
};

function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function refuse(res: ServerResponse, status: number, code: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ ok: false, error: { code, message: code } }));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the renderer and the back end's handlers on 127.0.0.1 only. Every request must carry the
 * per-launch token (the `?token=` of the printed URL, which sets a cookie, or the `X-Duizhao-Token`
 * header) and a Host of this server; a foreign Origin or a cross-site fetch is refused, so no other
 * page in the browser, and no DNS-rebinding site, can read or write the user's files.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;
  const cookieName = (): string => `duizhao_${port}`;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'internal');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!hosts.includes(req.headers.host ?? '')) return refuse(res, 421, 'foreignHost');
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return refuse(res, 403, 'foreignOrigin');
    if (req.headers['sec-fetch-site'] === 'cross-site') return refuse(res, 403, 'foreignOrigin');

    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const queryToken = url.searchParams.get('token') ?? undefined;
    const header = req.headers['x-duizhao-token'];
    const authorised =
      sameSecret(typeof header === 'string' ? header : undefined, token) || sameSecret(cookieValue(req, cookieName()), token);

    if (!authorised && req.method === 'GET' && url.pathname === '/' && sameSecret(queryToken, token)) {
      // Trade the token in the address for a cookie, and drop it from the address bar and history.
      res.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (!authorised) return refuse(res, 401, 'unauthorised');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'methodNotAllowed');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'unsupportedMediaType');
      const body = await readBody(req, limit);
      if (body === null) {
        // Stop reading at once: close the connection after the answer instead of draining the rest.
        res.setHeader('Connection', 'close');
        refuse(res, 413, 'tooLarge');
        res.once('finish', () => req.destroy());
        return;
      }
      let args: unknown;
      try {
        args = parseWire(body || '{}', nodeBase64);
      } catch {
        return refuse(res, 400, 'badJson');
      }
      const envelope = await dispatch(options.handlers, url.pathname.slice('/api/'.length), args);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(stringifyWire(envelope, nodeBase64));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'methodNotAllowed');
    await serveStatic(url.pathname, req, res);
  }

  async function serveStatic(pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const file = await readStaticFile(options.staticDir, pathname);
    if (file === null) return refuse(res, 404, 'notFound');
    res.writeHead(200, file.headers);
    res.end(req.method === 'HEAD' ? undefined : file.data);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
