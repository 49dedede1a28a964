// The backend half of the API: validates a call and routes it to the service that answers it.
// Both the Electron IPC handler and the WebSocket host call the dispatcher this builds, so the
// two hosts cannot drift apart.
import type { LabApi, LabMethodName, LabNamespace } from './lab-api.ts';
import { LabError, toWireError } from './lab-errors.ts';
import { validateRequest } from './validate.ts';
import type { Reply } from './wire.ts';

/// The services that answer the API: `LabApi` without `on` (events are pushed separately).
export type LabServices = { readonly [N in LabNamespace]: LabApi[N] };

/// Answers one untrusted call with a `Reply`; never throws.
export type LabDispatcher = (method: unknown, params: unknown) => Promise<Reply>;

/// Builds the dispatcher over `services`. Every call is validated first (`validate.ts`); any
/// error a service raises becomes a wire error located at the method name or the service's own
/// location (a workspace path).
export function createLabDispatcher(services: LabServices): LabDispatcher {
  return async (method, params) => {
    let name = 'request';
    try {
      const request = validateRequest(method, params);
      name = request.method;
      const result = await call(services, request.method, request.params);
      return { ok: true, result };
    } catch (err) {
      return { ok: false, error: toWireError(err, name) };
    }
  };
}

function call(services: LabServices, method: LabMethodName, params: unknown): Promise<unknown> {
  const [ns, fn] = method.split('.') as [LabNamespace, string];
  const space = services[ns] as unknown as Record<string, (p: unknown) => Promise<unknown>>;
  const target = space[fn];
  if (typeof target !== 'function') {
    return Promise.reject(new LabError('internal', 'no service answers this method', method));
  }
  return target.call(space, params);
}
