import { describe, expect, it } from 'vitest';
import { createLabDispatcher } from '../../../electron/ipc/lab-dispatch.ts';
import type { Reply } from '../../../electron/ipc/wire.ts';
import type { InvokeEventLike, IpcMainLike } from '../../../electron/main/ipc-handlers.ts';
import { registerLabIpc } from '../../../electron/main/ipc-handlers.ts';
import { createEngineSlots } from '../../../electron/services/service-registry.ts';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<Reply>;

/// An ipcMain that keeps the registered listener so the test can call it like Electron would.
function fakeIpc(): IpcMainLike & { listener: Listener | null } {
  return {
    listener: null,
    handle(_channel, listener) {
      this.listener = listener;
    },
    removeHandler() {
      this.listener = null;
    },
  };
}

function setup() {
  const slots = createEngineSlots(
    {},
    { emit: () => undefined, workspaceRoot: '/w', outputDir: '/o' },
  );
  const info = {
    host: 'electron' as const,
    version: '1',
    platform: 'linux',
    engines: slots.available,
  };
  const dispatch = createLabDispatcher({
    workspace: {} as never,
    settings: {} as never,
    build: slots.build,
    machine: slots.machine,
    trace: slots.trace,
    app: { info: async () => info },
  });
  const ipc = fakeIpc();
  const off = registerLabIpc(ipc, dispatch, {
    origins: () => ['app://lab'],
    webContentsIds: () => [7],
  });
  return { ipc, off, info };
}

const ours: InvokeEventLike = {
  sender: { id: 7 },
  senderFrame: { url: 'app://lab/index.html', parent: null },
};

describe('Electron IPC handler', () => {
  it('answers a valid call from our page', async () => {
    const { ipc, info } = setup();
    expect(await ipc.listener!(ours, 'app.info', undefined)).toEqual({ ok: true, result: info });
  });

  it('rejects malformed messages', async () => {
    const { ipc } = setup();
    expect(await ipc.listener!(ours, 'app.info', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await ipc.listener!(ours, { evil: true }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await ipc.listener!(ours, 'app.info', undefined, 'more')).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: 'a call takes one argument' },
    });
  });

  it('rejects other windows, sub-frames and foreign pages', async () => {
    const { ipc } = setup();
    const cases: InvokeEventLike[] = [
      { ...ours, sender: { id: 8 } },
      { ...ours, senderFrame: { url: 'app://lab/index.html', parent: {} } },
      { ...ours, senderFrame: { url: 'https://evil.example/', parent: null } },
      { ...ours, senderFrame: null },
    ];
    for (const event of cases) {
      expect(await ipc.listener!(event, 'app.info', undefined)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', location: 'sender' },
      });
    }
  });

  it('can be removed', () => {
    const { ipc, off } = setup();
    off();
    expect(ipc.listener).toBeNull();
  });
});
