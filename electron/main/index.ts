// Electron main process: owns the window, the menu and the OS; everything else lives in pure
// modules (window-config, menu, ipc-handlers, app-protocol) and the shared services. Loaded from
// out/main/index.js (package.json "main", an ES module) by `electron .` once electron-vite has
// built the app.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../ipc/csp.ts';
import type { CommandId, LabEventName, LabEvents } from '../ipc/lab-api.ts';
import { IPC_EVENT } from '../ipc/wire.ts';
import { ENGINES } from '../services/engines.ts';
import { defaultDataDir } from '../services/user-data.ts';
import type { LabBackend } from '../services/lab-backend.ts';
import { createLabBackend } from '../services/lab-backend.ts';
import { APP_SCHEME_PRIVILEGES, handleAppRequest } from './app-protocol.ts';
import { registerLabIpc } from './ipc-handlers.ts';
import { menuTemplate } from './menu.ts';
import {
  APP_ORIGIN,
  APP_SCHEME,
  mainWindowOptions,
  mayNavigate,
  windowOpenDecision,
} from './window-config.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
// electron-vite's dev server URL during `electron-vite dev`; unset in a built app.
const devUrl = process.env.ELECTRON_RENDERER_URL;
const origins = devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN];

let window: BrowserWindow | null = null;
let backend: LabBackend | null = null;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
// The same folder the browser host uses (and SYSCALL_LAB_DATA_DIR when set), whatever name the
// packager gives the app, so both modes open one workspace.
app.setPath('userData', defaultDataDir());

function emit<K extends LabEventName>(name: K, payload: LabEvents[K]): void {
  window?.webContents.send(IPC_EVENT, name, payload);
}

/// Blocks navigation, new windows and webviews for every web contents the app ever creates.
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, origins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url, origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
}

/// Locks down the default session: no browser permissions, and the CSP on dev-server pages.
function secureSession(): void {
  // The app needs no browser permission (camera, notifications, ...): refuse every request.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  if (!devUrl) return;
  // The dev server serves its own pages: add the CSP (plus its hot-reload socket) to them.
  const csp = contentSecurityPolicy([devUrl.replace(/^http/, 'ws')]);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

async function start(): Promise<void> {
  const rendererDir = join(here, '..', 'renderer');
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(rendererDir, request.url));
  secureSession();
  // The toolchain's wasm and headers: extra resources when packaged (electron-builder.yml), the
  // build cache otherwise. Bundled code cannot find them relative to itself, so the tcc loader
  // (build/tcc/node-loader.ts) is told through this variable.
  process.env.SYSCALL_LAB_TCC_DIR ??= app.isPackaged
    ? join(process.resourcesPath, 'tcc')
    : join(app.getAppPath(), 'build', 'tcc', 'cache');
  const shippedRoot = app.isPackaged
    ? join(process.resourcesPath, 'kernel')
    : join(app.getAppPath(), 'kernel');
  backend = await createLabBackend({
    host: 'electron',
    version: app.getVersion(),
    shippedRoot,
    dataDir: app.getPath('userData'),
    engines: ENGINES,
    emit,
  });
  registerLabIpc(ipcMain, backend.dispatch, {
    origins: () => origins,
    webContentsIds: () => (window ? [window.webContents.id] : []),
  });
  const send = (command: CommandId) => emit('app:command', { command });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin', !app.isPackaged)),
  );
  window = new BrowserWindow(mainWindowOptions(join(here, '..', 'preload', 'index.cjs')));
  window.once('ready-to-show', () => window?.show());
  window.on('closed', () => (window = null));
  await window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => harden(contents));
app.on('window-all-closed', () => {
  // Quit once the engines' worker threads are released (a failure there must not keep the app).
  void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
});
app
  .whenReady()
  .then(start)
  .catch((err: unknown) => fail(err));

function fail(err: unknown): void {
  dialog.showErrorBox(
    'Syscall Lab could not start',
    err instanceof Error ? err.message : String(err),
  );
  app.exit(1);
}
