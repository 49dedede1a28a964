// The `app://lab/` protocol the packaged renderer is loaded from. Serving files through our own
// handler (rather than file://) gives the page a real origin for the IPC sender check and lets
// every response carry the CSP header.
import { contentSecurityPolicy, securityHeaders } from '../ipc/csp.ts';
import { loadStaticFile } from '../host/static-files.ts';
import { APP_ORIGIN, APP_SCHEME } from './window-config.ts';

/// Privileges for `protocol.registerSchemesAsPrivileged` (before the app is ready): a standard,
/// secure scheme, so relative URLs, ES modules and `'self'` in the CSP work as on https.
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/// Answers one `app://` request from `rendererDir` with the security headers. Requests for any
/// host other than `lab` are refused.
export async function handleAppRequest(rendererDir: string, url: string): Promise<Response> {
  const headers = securityHeaders(contentSecurityPolicy());
  const u = new URL(url);
  if (`${u.protocol}//${u.host}` !== APP_ORIGIN)
    return new Response('Forbidden', { status: 403, headers });
  const file = await loadStaticFile(rendererDir, u.pathname);
  if (!file) return new Response(`Not found: ${u.pathname}`, { status: 404, headers });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: { ...headers, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' },
  });
}
