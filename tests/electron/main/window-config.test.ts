import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/ipc/csp.ts';
import {
  APP_ORIGIN,
  mainWindowOptions,
  mayNavigate,
  secureWebPreferences,
  windowOpenDecision,
} from '../../../electron/main/window-config.ts';

describe('window configuration', () => {
  it('uses the secure webPreferences', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(mainWindowOptions('/p').webPreferences).toEqual(secureWebPreferences('/p'));
  });

  it('allows navigation only to the app page itself', () => {
    expect(mayNavigate(`${APP_ORIGIN}/index.html`, [APP_ORIGIN])).toBe(true);
    expect(mayNavigate(`${APP_ORIGIN}/`, [APP_ORIGIN])).toBe(true);
    expect(mayNavigate('https://example.com/', [APP_ORIGIN])).toBe(false);
    expect(mayNavigate('file:///etc/passwd', [APP_ORIGIN])).toBe(false);
    expect(mayNavigate(`${APP_ORIGIN}/other.html`, [APP_ORIGIN])).toBe(false);
    expect(mayNavigate('not a url', [APP_ORIGIN])).toBe(false);
  });

  it('never opens app windows; only https goes to the system browser', () => {
    expect(windowOpenDecision('https://kernel.org/')).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(windowOpenDecision('http://kernel.org/')).toEqual({
      action: 'deny',
      openExternally: false,
    });
    expect(windowOpenDecision('file:///etc/passwd')).toEqual({
      action: 'deny',
      openExternally: false,
    });
    expect(windowOpenDecision('javascript:alert(1)')).toEqual({
      action: 'deny',
      openExternally: false,
    });
  });
});

describe('content security policy', () => {
  it('allows only our own scripts and no remote content', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy(['ws://127.0.0.1:5000'])).toContain(
      "connect-src 'self' ws://127.0.0.1:5000",
    );
  });
});
