// The frames that carry the API: a request names a method, a reply carries a result or a wire
// error, an event carries a pushed payload. Electron IPC uses `Reply` directly (ipcMain.handle
// returns it); the WebSocket host wraps all three in JSON frames.
import type { LabEventName } from './lab-api.ts';
import type { WireError } from './lab-errors.ts';
import { LabError } from './lab-errors.ts';

/// A method's outcome. Errors travel as data, not as thrown exceptions, so their code and
/// location survive Electron's IPC (which keeps only the message of a thrown Error).
export type Reply =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: WireError };

/// Client -> host over the socket.
export interface RequestFrame {
  readonly id: number;
  readonly method: unknown;
  readonly params?: unknown;
}

/// Host -> client: the reply to request `id` (null when the request could not be parsed).
export interface ReplyFrame {
  readonly id: number | null;
  readonly reply: Reply;
}

/// Host -> client: a pushed event.
export interface EventFrame {
  readonly event: LabEventName;
  readonly payload: unknown;
}

/// Parses one socket message into a request frame; throws a located `bad-request` LabError.
export function parseRequestFrame(text: string): RequestFrame {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LabError('bad-request', 'message is not valid JSON', 'frame');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LabError('bad-request', 'message must be a JSON object', 'frame');
  }
  const frame = value as Record<string, unknown>;
  const id = frame.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) {
    throw new LabError('bad-request', 'id must be a non-negative integer', 'frame.id');
  }
  for (const key of Object.keys(frame)) {
    if (key !== 'id' && key !== 'method' && key !== 'params') {
      throw new LabError('bad-request', 'unexpected field', `frame.${key}`);
    }
  }
  return { id, method: frame.method, params: frame.params };
}

/// Whether a parsed host frame is an event (as opposed to a reply).
export function isEventFrame(frame: ReplyFrame | EventFrame): frame is EventFrame {
  return 'event' in frame;
}

/// Electron IPC channel for calls (`ipcRenderer.invoke(IPC_INVOKE, method, params)` -> Reply).
export const IPC_INVOKE = 'lab:invoke';
/// Electron IPC channel for pushed events (`(name, payload)`).
export const IPC_EVENT = 'lab:event';
