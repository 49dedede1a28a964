// The Content-Security-Policy of the renderer, the same in both hosts: scripts only from the app
// itself, no eval, no inline scripts, no remote content of any kind. Inline styles stay allowed
// because CodeMirror and xterm.js inject their own style elements at run time.

/// Builds the policy. `connect` lists extra endpoints the page may open (the browser host's own
/// WebSocket URL); Electron passes none: it talks over IPC.
export function contentSecurityPolicy(connect: readonly string[] = []): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...connect],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/// Headers every renderer response carries in both hosts.
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
