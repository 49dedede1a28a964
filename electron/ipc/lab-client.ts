// Builds the `LabApi` object over any transport. The Electron preload uses it over ipcRenderer;
// the renderer in browser mode uses it over a WebSocket. Both give the renderer the same object.
import type { LabApi, LabEventName, LabEvents, LabMethodName, Unsubscribe } from './lab-api.ts';
import { LAB_EVENTS, LAB_METHODS } from './lab-api.ts';
import { fromWireError } from './lab-errors.ts';
import type { Reply } from './wire.ts';

/// What a client needs from its channel to the backend.
export interface LabTransport {
  /// Sends one call; resolves with the backend's reply (rejects only if the channel broke).
  invoke(method: LabMethodName, params: unknown): Promise<Reply>;
  /// Delivers every pushed event; returns the function that stops delivery.
  subscribe(listener: (name: string, payload: unknown) => void): Unsubscribe;
}

const EVENT_NAMES: ReadonlySet<string> = new Set(LAB_EVENTS);

/// How a client reports failures.
export interface LabClientOptions {
  /// Reject with plain `{ name, code, message, location }` objects instead of `LabError`s. The
  /// Electron preload sets this: the context bridge keeps only the message of an Error, but
  /// copies plain objects whole, so the code reaches the page.
  readonly plainErrors?: boolean;
}

/// Returns the API object. Calls resolve with results or reject with `LabError`; `on` listeners
/// receive only known event names (anything else on the channel is ignored).
export function createLabClient(transport: LabTransport, options: LabClientOptions = {}): LabApi {
  const listeners = new Map<string, Set<(payload: never) => void>>();
  transport.subscribe((name, payload) => {
    if (!EVENT_NAMES.has(name)) return;
    for (const fn of listeners.get(name) ?? []) fn(payload as never);
  });
  const api: Record<string, unknown> = {};
  for (const [ns, methods] of Object.entries(LAB_METHODS)) {
    const space: Record<string, (params?: unknown) => Promise<unknown>> = {};
    for (const m of methods) {
      const name = `${ns}.${m}` as LabMethodName;
      space[m] = async (params?: unknown) => unwrap(await transport.invoke(name, params), options);
    }
    api[ns] = space;
  }
  api.on = <K extends LabEventName>(name: K, fn: (payload: LabEvents[K]) => void): Unsubscribe => {
    if (!EVENT_NAMES.has(name)) throw new Error(`unknown event ${String(name)}`);
    let set = listeners.get(name);
    if (!set) listeners.set(name, (set = new Set()));
    set.add(fn as (payload: never) => void);
    return () => set.delete(fn as (payload: never) => void);
  };
  return api as unknown as LabApi;
}

function unwrap(reply: Reply, options: LabClientOptions): unknown {
  if (reply && typeof reply === 'object' && reply.ok === true) return reply.result;
  const err = fromWireError(
    reply && typeof reply === 'object' && 'error' in reply ? reply.error : null,
  );
  if (!options.plainErrors) throw err;
  throw { name: 'LabError', code: err.code, message: err.message, location: err.location };
}
