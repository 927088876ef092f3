import { promises as fs } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The Content-Security-Policy of the UI, the same in web mode and Electron. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/** A file of the UI, ready to answer: its bytes and the headers it is served with. */
export interface StaticFile {
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

const inside = (path: string, root: string): boolean => path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The file under `root` that a URL path names, or null for anything else: a path that does not
 * decode, holds a NUL or a backslash, or leads (by `..`, encoded or not, or by a symbolic link)
 * outside the root; a folder; a missing file. `/` is `/index.html`. A leading `//` stays inside.
 */
export async function resolveStaticPath(root: string, pathname: string): Promise<string | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows: refused everywhere, so the rule is the same on every system.
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const base = resolve(root);
  const file = normalize(join(base, relative));
  if (!inside(file, base)) return null;
  // A link inside the folder must not lead out of it.
  const [real, realBase] = await Promise.all([fs.realpath(file).catch(() => null), fs.realpath(base).catch(() => null)]);
  if (real === null || realBase === null || !inside(real, realBase)) return null;
  const stat = await fs.stat(real).catch(() => null);
  return stat?.isFile() ? real : null;
}

/**
 * Reads the file of the UI a URL path names, with the headers both servers send (type, the CSP,
 * no sniffing, no referrer, HTML never cached); null when `resolveStaticPath` refuses the path.
 * The web server and Electron's app protocol both serve the renderer through this.
 */
export async function readStaticFile(root: string, pathname: string): Promise<StaticFile | null> {
  const file = await resolveStaticPath(root, pathname);
  if (file === null) return null;
  const data = await fs.readFile(file).catch(() => null);
  if (data === null) return null;
  const extension = extname(file).toLowerCase();
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    headers: {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': extension === '.html' ? 'no-store' : 'max-age=3600',
    },
  };
}
