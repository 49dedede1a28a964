import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../electron/ipc/lab-api.ts';
import { SettingsSync } from '../../../renderer/state/settings-sync.ts';

const DEFAULTS: Settings = { theme: 'light', zoom: 1, projector: false, lessonProgress: null };

/// A backend whose saves the test answers one by one, in the order it chooses, merging like the
/// real settings service does.
function scriptedBackend() {
  let stored = DEFAULTS;
  const queue: { patch: Partial<Settings>; settle: (fail?: Error) => void }[] = [];
  const save = (patch: Partial<Settings>) =>
    new Promise<Settings>((resolve, reject) => {
      queue.push({
        patch,
        settle: (fail) => {
          if (fail) return reject(fail);
          stored = { ...stored, ...patch };
          resolve(stored);
        },
      });
    });
  const answerNext = async (fail?: Error) => {
    queue.shift()!.settle(fail);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { save, answerNext, stored: () => stored };
}

describe('SettingsSync', () => {
  it('keeps a newer local change when an older save answers', async () => {
    const backend = scriptedBackend();
    const shown: Settings[] = [];
    const sync = new SettingsSync(DEFAULTS, backend.save, (s) => shown.push(s));
    void sync.update({ projector: true });
    void sync.update({ zoom: 1.1 });
    await backend.answerNext(); // the projector save answers with zoom still 1 on the backend
    expect(sync.value).toMatchObject({ projector: true, zoom: 1.1 });
    sync.echo({ ...DEFAULTS, projector: true }); // a stale echo is ignored too
    expect(sync.value.zoom).toBe(1.1);
    await backend.answerNext();
    expect(sync.value).toEqual(backend.stored());
  });

  it('takes echoes from elsewhere when nothing is pending', () => {
    const sync = new SettingsSync(DEFAULTS, scriptedBackend().save, () => undefined);
    sync.echo({ ...DEFAULTS, theme: 'dark' });
    expect(sync.value.theme).toBe('dark');
  });

  it('rolls back only the keys of a failed save', async () => {
    const backend = scriptedBackend();
    const sync = new SettingsSync(DEFAULTS, backend.save, () => undefined);
    const failing = sync.update({ theme: 'dark' });
    void sync.update({ zoom: 2 });
    // Attach the expectation first: the rejection happens while answerNext() is awaited.
    const rejected = expect(failing).rejects.toThrow('disk full');
    await backend.answerNext(new Error('disk full'));
    await rejected;
    expect(sync.value).toMatchObject({ theme: 'light', zoom: 2 });
  });
});
