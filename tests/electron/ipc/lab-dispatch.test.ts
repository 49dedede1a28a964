import { describe, expect, it } from 'vitest';
import type { LabApi } from '../../../electron/ipc/lab-api.ts';
import { createLabClient } from '../../../electron/ipc/lab-client.ts';
import type { LabServices } from '../../../electron/ipc/lab-dispatch.ts';
import { createLabDispatcher } from '../../../electron/ipc/lab-dispatch.ts';
import { LabError } from '../../../electron/ipc/lab-errors.ts';
import { createEngineSlots } from '../../../electron/services/service-registry.ts';

/// Services that record the calls they get: the dispatcher's routing is what is under test.
function recordingServices(calls: unknown[][]): LabServices {
  const slots = createEngineSlots(
    {},
    { emit: () => undefined, workspaceRoot: '/w', outputDir: '/o' },
  );
  const workspace = {
    read: async (p: { path: string }) => {
      calls.push(['read', p]);
      if (p.path === 'boom.c') throw new LabError('not-found', 'no such file', p.path);
      if (p.path === 'crash.c') throw new TypeError('x is undefined');
      return { path: p.path, text: 'int x;\n', version: 'v1', status: 'unchanged' as const };
    },
  } as unknown as LabApi['workspace'];
  return {
    workspace,
    settings: {} as LabApi['settings'],
    build: slots.build,
    machine: slots.machine,
    trace: slots.trace,
    app: {
      info: async () => ({
        host: 'browser',
        version: '0',
        platform: 'linux',
        engines: slots.available,
      }),
    },
  };
}

describe('createLabDispatcher + createLabClient', () => {
  it('routes a valid call end to end through a transport', async () => {
    const calls: unknown[][] = [];
    const dispatch = createLabDispatcher(recordingServices(calls));
    const lab = createLabClient({
      invoke: (m, p) => dispatch(m, p),
      subscribe: () => () => undefined,
    });
    expect(await lab.workspace.read({ path: 'init/main.c' })).toMatchObject({ text: 'int x;\n' });
    expect(calls).toEqual([['read', { path: 'init/main.c' }]]);
  });

  it('never calls a service for a malformed message', async () => {
    const calls: unknown[][] = [];
    const dispatch = createLabDispatcher(recordingServices(calls));
    const reply = await dispatch('workspace.read', { path: '../x' });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: expect.stringContaining('inside the workspace'),
        location: 'workspace.read: params.path',
      },
    });
    expect(calls).toEqual([]);
  });

  it('turns service errors into located LabErrors on the client', async () => {
    const dispatch = createLabDispatcher(recordingServices([]));
    const lab = createLabClient({
      invoke: (m, p) => dispatch(m, p),
      subscribe: () => () => undefined,
    });
    await expect(lab.workspace.read({ path: 'boom.c' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'boom.c: no such file',
    });
    await expect(lab.workspace.read({ path: 'crash.c' })).rejects.toMatchObject({
      code: 'internal',
      message: 'workspace.read: x is undefined',
    });
  });

  it('answers empty engine slots with engine-unavailable', async () => {
    const dispatch = createLabDispatcher(recordingServices([]));
    const lab = createLabClient({
      invoke: (m, p) => dispatch(m, p),
      subscribe: () => () => undefined,
    });
    await expect(lab.build.start({})).rejects.toMatchObject({
      code: 'engine-unavailable',
      message: 'build: the build engine is not part of this build yet',
    });
    await expect(lab.machine.boot({})).rejects.toMatchObject({ code: 'engine-unavailable' });
    await expect(lab.trace.list()).rejects.toMatchObject({ code: 'engine-unavailable' });
    expect((await lab.app.info()).engines).toEqual({ build: false, machine: false, trace: false });
  });

  it('delivers known events to listeners and drops unknown ones', () => {
    let push: (name: string, payload: unknown) => void = () => undefined;
    const lab = createLabClient({
      invoke: async () => ({ ok: true, result: null }),
      subscribe: (fn) => ((push = fn), () => undefined),
    });
    const got: unknown[] = [];
    const off = lab.on('workspace:changed', (p) => got.push(p));
    push('workspace:changed', { paths: ['a'] });
    push('evil:event', { x: 1 });
    off();
    push('workspace:changed', { paths: ['b'] });
    expect(got).toEqual([{ paths: ['a'] }]);
  });
});
