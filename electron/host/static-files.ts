// Serving the built renderer: map a request path to a file inside the build folder (never
// outside it) and name its content type. Shared by the browser host's HTTP server and Electron's
// `app://` protocol handler, so both serve the same files the same way.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/// A file to send, or null when there is none for that path.
export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
  /// True for the page itself (never cached: a rebuild must show at once).
  readonly isPage: boolean;
}

/// Resolves URL path `urlPath` (`/assets/index-abc.js`, `/` for the page) inside `root`. Returns
/// null for anything missing, hidden or outside the folder.
export async function loadStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (rel.split('/').some((part) => part.startsWith('.'))) return null;
  const file = normalize(join(root, rel));
  if (!file.startsWith(normalize(root) + sep)) return null;
  try {
    const body = await readFile(file);
    const contentType = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { body, contentType, isPage: rel === 'index.html' };
  } catch {
    return null;
  }
}
