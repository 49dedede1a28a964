// The browser host's API socket: the same dispatcher as Electron's IPC handler, over a
// WebSocket at `/api`. An upgrade is accepted only with the right Origin (this host's own page)
// and the per-run token; every message is then validated like an IPC message.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { LabEventName, LabEvents } from '../ipc/lab-api.ts';
import type { LabDispatcher } from '../ipc/lab-dispatch.ts';
import { LabError, toWireError } from '../ipc/lab-errors.ts';
import { checkSocketClient } from '../ipc/validate.ts';
import type { EventFrame, ReplyFrame } from '../ipc/wire.ts';
import { parseRequestFrame } from '../ipc/wire.ts';

/// Largest message accepted: a 1 MiB file can double in size when JSON-escaped.
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

/// Who may connect.
export interface SocketAccess {
  readonly token: string;
  /// Origins of this host's page (`http://127.0.0.1:PORT`, `http://localhost:PORT`).
  readonly origins: () => readonly string[];
}

/// The socket side of the host: handles upgrades and broadcasts events.
export class SocketEndpoint {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  constructor(
    private readonly dispatch: LabDispatcher,
    private readonly access: SocketAccess,
  ) {
    this.wss.on('connection', (socket) => this.serve(socket));
  }

  /// The `upgrade` handler for the HTTP server. Refused upgrades get a plain 403 and are closed.
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://host');
    try {
      if (url.pathname !== '/api') throw new LabError('not-found', 'no socket here', url.pathname);
      checkSocketClient(req.headers.origin, url.searchParams.get('token'), {
        origins: this.access.origins(),
        token: this.access.token,
      });
    } catch (err) {
      const reason = err instanceof LabError ? err.message : 'refused';
      socket.end(
        `HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${reason}\n`,
      );
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /// Sends an event to every connected page.
  broadcast<K extends LabEventName>(event: K, payload: LabEvents[K]): void {
    const frame: EventFrame = { event, payload };
    const text = JSON.stringify(frame);
    for (const client of this.wss.clients) if (client.readyState === client.OPEN) client.send(text);
  }

  /// Closes every connection.
  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private serve(socket: WebSocket): void {
    socket.on('message', (data: RawData, isBinary: boolean) => {
      void this.answer(socket, data, isBinary);
    });
  }

  private async answer(socket: WebSocket, data: RawData, isBinary: boolean): Promise<void> {
    let id: number | null = null;
    let reply: ReplyFrame['reply'];
    try {
      if (isBinary) throw new LabError('bad-request', 'binary messages are not accepted', 'frame');
      const frame = parseRequestFrame(rawText(data));
      id = frame.id;
      reply = await this.dispatch(frame.method, frame.params);
    } catch (err) {
      reply = { ok: false, error: toWireError(err, 'frame') };
    }
    const out: ReplyFrame = { id, reply };
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(out));
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
