// The browser-mode transport: the LabApi over the host's WebSocket (`/api?token=...`). The token
// comes from the page URL the host printed (`#token=...`); it never leaves this machine.
import type { LabTransport } from '../../electron/ipc/lab-client.ts';
import type { LabMethodName } from '../../electron/ipc/lab-api.ts';
import type { EventFrame, Reply, ReplyFrame } from '../../electron/ipc/wire.ts';
import { isEventFrame } from '../../electron/ipc/wire.ts';

/// Connection state, for the status bar.
export type SocketState = 'connecting' | 'open' | 'closed';

/// A transport plus its connection state.
export interface SocketTransport extends LabTransport {
  onState(listener: (state: SocketState, reason?: string) => void): void;
}

/// Opens the socket to `wsUrl`. Calls made before it opens are queued; calls pending when it
/// closes reject with a clear message (the host was stopped or restarted).
export function openSocketTransport(wsUrl: string): SocketTransport {
  const socket = new WebSocket(wsUrl);
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  const queue: string[] = [];
  const eventListeners = new Set<(name: string, payload: unknown) => void>();
  const stateListeners = new Set<(state: SocketState, reason?: string) => void>();
  let nextId = 1;

  socket.addEventListener('open', () => {
    for (const text of queue.splice(0)) socket.send(text);
    for (const fn of stateListeners) fn('open');
  });
  socket.addEventListener('close', (ev) => {
    const reason =
      ev.code === 1006 ? 'the host refused the connection or stopped' : `closed (${ev.code})`;
    for (const p of pending.values()) p.reject(new Error(`transport: ${reason}`));
    pending.clear();
    for (const fn of stateListeners) fn('closed', reason);
  });
  socket.addEventListener('message', (ev) => {
    let frame: ReplyFrame | EventFrame;
    try {
      frame = JSON.parse(String(ev.data)) as ReplyFrame | EventFrame;
    } catch {
      return;
    }
    if (isEventFrame(frame)) {
      for (const fn of eventListeners) fn(frame.event, frame.payload);
    } else if (frame.id !== null) {
      pending.get(frame.id)?.resolve(frame.reply);
      pending.delete(frame.id);
    }
  });

  return {
    invoke(method: LabMethodName, params: unknown): Promise<Reply> {
      const id = nextId++;
      const text = JSON.stringify({ id, method, params });
      return new Promise((resolve, reject) => {
        if (socket.readyState === WebSocket.CLOSED || socket.readyState === WebSocket.CLOSING) {
          reject(new Error('transport: not connected to the host'));
          return;
        }
        pending.set(id, { resolve, reject });
        if (socket.readyState === WebSocket.OPEN) socket.send(text);
        else queue.push(text);
      });
    },
    subscribe(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
    },
  };
}
