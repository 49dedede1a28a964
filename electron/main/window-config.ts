// The security-relevant configuration of the app window, as plain data and pure functions so it
// can be unit-tested without the Electron binary. DESIGN.md: contextIsolation on, nodeIntegration
// off, sandbox on, a strict CSP, no remote content, navigation and new windows blocked.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/// The scheme and host the renderer is served from in the packaged app (`app://lab/index.html`).
export const APP_SCHEME = 'app';
/// The renderer's origin.
export const APP_ORIGIN = `${APP_SCHEME}://lab`;

/// webPreferences of every window: the renderer is an untrusted web page that reaches the system
/// only through the preload's typed API.
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/// Options of the main window.
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Syscall Lab',
    show: false,
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/// Whether the window may navigate to `url`: only to the page it already shows (a reload) on one
/// of the app's own origins. Everything else (links, drag-and-drop, scripts) is blocked.
export function mayNavigate(url: string, allowedOrigins: readonly string[]): boolean {
  try {
    const u = new URL(url);
    return (
      allowedOrigins.includes(`${u.protocol}//${u.host}`) &&
      (u.pathname === '/' || u.pathname === '/index.html')
    );
  } catch {
    return false;
  }
}

/// What to do with `window.open(url)` or a target=_blank link: never a new app window; https links
/// (a slide's reference) go to the system browser, everything else is dropped.
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  try {
    return { action: 'deny', openExternally: new URL(url).protocol === 'https:' };
  } catch {
    return { action: 'deny', openExternally: false };
  }
}
