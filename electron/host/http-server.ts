// The browser host's HTTP side: serves the built renderer with the same security headers as the
// Electron app, only to requests addressed to this loopback host (a DNS-rebinding page on another
// name gets 421), and only GET/HEAD.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from '../ipc/csp.ts';
import { loadStaticFile } from './static-files.ts';

/// What the request handler needs to know.
export interface StaticSiteConfig {
  /// The built renderer (`out/renderer`).
  readonly rendererDir: string;
  /// Host header values this server answers (`127.0.0.1:PORT`, `localhost:PORT`).
  readonly hosts: () => readonly string[];
  /// The CSP to send (computed once the port is known).
  readonly csp: () => string;
}

/// Returns the `request` handler for `http.createServer`.
export function staticSiteHandler(config: StaticSiteConfig) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = securityHeaders(config.csp());
    if (!req.headers.host || !config.hosts().includes(req.headers.host)) {
      return send(
        res,
        421,
        headers,
        'This server only answers requests to its own loopback address.\n',
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, { ...headers, Allow: 'GET, HEAD' }, 'Method not allowed.\n');
    }
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file = await loadStaticFile(config.rendererDir, path);
    if (!file) return send(res, 404, headers, `Not found: ${path}\n`);
    res.writeHead(200, {
      ...headers,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.isPage ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  text: string,
): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
