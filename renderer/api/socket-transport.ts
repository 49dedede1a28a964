// The browser-mode transport: the LabApi over the host's WebSocket (`/api?token=...`). The token
// comes from the page URL the host printed (`#token=...`); it never leaves this machine.
import type { LabMethodName, Unsubscribe } from '../../electron/ipc/lab-api.ts';
import type { LabTransport } from '../../electron/ipc/lab-client.ts';
import type { EventFrame, Reply, ReplyFrame } from '../../electron/ipc/wire.ts';
import { isEventFrame } from '../../electron/ipc/wire.ts';

/// Connection state, for the status bar.
export type SocketState = 'connecting' | 'open' | 'closed';

type Pending = { resolve: (reply: Reply) => void; reject: (err: Error) => void };

/// A `LabTransport` over one WebSocket. Calls made before it opens are queued; calls pending when
/// it closes reject with a clear message (the host was stopped or restarted).
export class SocketTransport implements LabTransport {
  private readonly socket: WebSocket;
  private readonly pending = new Map<number, Pending>();
  private readonly queue: string[] = [];
  private readonly eventListeners = new Set<(name: string, payload: unknown) => void>();
  private readonly stateListeners = new Set<(state: SocketState, reason?: string) => void>();
  private nextId = 1;

  constructor(wsUrl: string) {
    this.socket = new WebSocket(wsUrl);
    this.socket.addEventListener('open', () => this.opened());
    this.socket.addEventListener('close', (ev) => this.closed(ev.code));
    this.socket.addEventListener('message', (ev) => this.received(String(ev.data)));
  }

  invoke(method: LabMethodName, params: unknown): Promise<Reply> {
    const id = this.nextId++;
    const text = JSON.stringify({ id, method, params });
    return new Promise((resolve, reject) => {
      const { readyState } = this.socket;
      if (readyState === WebSocket.CLOSED || readyState === WebSocket.CLOSING) {
        reject(new Error('transport: not connected to the host'));
        return;
      }
      this.pending.set(id, { resolve, reject });
      if (readyState === WebSocket.OPEN) this.socket.send(text);
      else this.queue.push(text);
    });
  }

  subscribe(listener: (name: string, payload: unknown) => void): Unsubscribe {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /// Follows the connection state (open, closed with a reason).
  onState(listener: (state: SocketState, reason?: string) => void): void {
    this.stateListeners.add(listener);
  }

  private opened(): void {
    for (const text of this.queue.splice(0)) this.socket.send(text);
    for (const fn of this.stateListeners) fn('open');
  }

  private closed(code: number): void {
    // 1006 is what a browser reports for a refused upgrade (wrong token) or a vanished host.
    const reason =
      code === 1006 ? 'the host refused the connection or stopped' : `closed (${code})`;
    for (const p of this.pending.values()) p.reject(new Error(`transport: ${reason}`));
    this.pending.clear();
    for (const fn of this.stateListeners) fn('closed', reason);
  }

  private received(text: string): void {
    let frame: ReplyFrame | EventFrame;
    try {
      frame = JSON.parse(text) as ReplyFrame | EventFrame;
    } catch {
      return; // not ours to answer: the host only sends JSON
    }
    if (isEventFrame(frame)) {
      for (const fn of this.eventListeners) fn(frame.event, frame.payload);
    } else if (frame.id !== null) {
      this.pending.get(frame.id)?.resolve(frame.reply);
      this.pending.delete(frame.id);
    }
  }
}
