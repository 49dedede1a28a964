// Electron IPC for the API: one `invoke` channel whose every message is checked for its sender
// (our own page, main frame) and then validated and routed by the shared dispatcher. Written
// against a minimal interface of `ipcMain` so it is unit-tested without Electron.
import type { LabDispatcher } from '../ipc/lab-dispatch.ts';
import { LabError, toWireError } from '../ipc/lab-errors.ts';
import { checkIpcSender } from '../ipc/validate.ts';
import { IPC_INVOKE, type Reply } from '../ipc/wire.ts';

/// The parts of an `IpcMainInvokeEvent` the handler reads.
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/// The parts of `ipcMain` the handler uses.
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<Reply>,
  ): void;
  removeHandler(channel: string): void;
}

/// Which pages may call: their origins, and the ids of the app's own web contents.
export interface IpcAccess {
  readonly origins: () => readonly string[];
  readonly webContentsIds: () => readonly number[];
}

/// Registers the API handler; returns the function that removes it.
export function registerLabIpc(
  ipc: IpcMainLike,
  dispatch: LabDispatcher,
  access: IpcAccess,
): () => void {
  ipc.handle(IPC_INVOKE, async (event, method, params, ...extra) => {
    try {
      if (!access.webContentsIds().includes(event.sender.id)) {
        return refused('calls from an unknown window are refused');
      }
      const frame = event.senderFrame;
      checkIpcSender(frame?.url, frame !== null && frame.parent === null, access.origins());
      if (extra.length > 0)
        throw new LabError('bad-request', 'a call takes one argument', 'request');
    } catch (err) {
      return { ok: false, error: toWireError(err, 'sender') };
    }
    return dispatch(method, params);
  });
  return () => ipc.removeHandler(IPC_INVOKE);
}

function refused(message: string): Reply {
  return { ok: false, error: { code: 'forbidden', message, location: 'sender' } };
}
