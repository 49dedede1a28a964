// Finds the API: in Electron the preload has put it on `window.lab`; in a browser the page builds
// the same object over the host's socket, using the token from its own URL.
import type { LabApi } from '../../electron/ipc/lab-api.ts';
import { createLabClient } from '../../electron/ipc/lab-client.ts';
import type { SocketState } from './socket-transport.ts';
import { SocketTransport } from './socket-transport.ts';

declare global {
  interface Window {
    /// The typed backend API (set by the Electron preload, or by `connectLab` in a browser).
    lab?: LabApi;
  }
}

/// The API and, in browser mode, a way to follow the connection.
export interface Connection {
  readonly lab: LabApi;
  readonly onState: (listener: (state: SocketState, reason?: string) => void) => void;
}

/// Returns the API, or throws with the reason the page cannot reach a backend.
export function connectLab(win: Window = window): Connection {
  if (win.lab) return { lab: win.lab, onState: (fn) => fn('open') };
  const token = new URLSearchParams(win.location.hash.slice(1)).get('token');
  if (!token) {
    throw new Error(
      'This page has no access token. Open the full URL that `npm run serve` (or `npm start`) printed, including #token=...',
    );
  }
  const scheme = win.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const transport = new SocketTransport(
    `${scheme}//${win.location.host}/api?token=${encodeURIComponent(token)}`,
  );
  const lab = createLabClient(transport);
  win.lab = lab;
  return { lab, onState: (fn) => transport.onState(fn) };
}
