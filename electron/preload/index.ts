// The preload: builds the one typed API object over Electron IPC and exposes it to the page as
// `window.lab` through the context bridge. It runs sandboxed, so it is bundled into one CommonJS
// file with nothing but `electron` left to require.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createLabClient } from '../ipc/lab-client.ts';
import type { LabMethodName } from '../ipc/lab-api.ts';
import { IPC_EVENT, IPC_INVOKE, type Reply } from '../ipc/wire.ts';

const lab = createLabClient(
  {
    invoke: (method: LabMethodName, params: unknown) =>
      ipcRenderer.invoke(IPC_INVOKE, method, params) as Promise<Reply>,
    subscribe: (listener) => {
      const handler = (_event: IpcRendererEvent, name: string, payload: unknown) =>
        listener(name, payload);
      ipcRenderer.on(IPC_EVENT, handler);
      return () => ipcRenderer.off(IPC_EVENT, handler);
    },
  },
  { plainErrors: true },
);

contextBridge.exposeInMainWorld('lab', lab);
