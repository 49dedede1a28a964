import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LabError } from '../../../electron/ipc/lab-errors.ts';
import { Autosaver, type SaveState } from '../../../renderer/editor/autosave.ts';

/// A save function backed by a tiny in-memory "disk" with versions, like the workspace service.
function disk() {
  const files = new Map<string, { text: string; version: number }>([
    ['a.c', { text: 'old', version: 1 }],
  ]);
  const saves: string[] = [];
  const save = async (path: string, text: string, base: string | undefined) => {
    const f = files.get(path)!;
    if (base !== undefined && String(f.version) !== base)
      throw new LabError('conflict', 'changed on disk', path);
    files.set(path, { text, version: f.version + 1 });
    saves.push(text);
    return { version: String(f.version + 1) };
  };
  return { files, saves, save };
}

let states: SaveState[];
beforeEach(() => {
  vi.useFakeTimers();
  states = [];
});
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  it('saves once after a burst of edits, then reports saved', async () => {
    const d = disk();
    const a = new Autosaver(d.save, (s) => states.push(s), 500);
    a.open('a.c', '1');
    a.change('n');
    a.change('ne');
    a.change('new');
    expect(states.at(-1)).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(600);
    expect(d.saves).toEqual(['new']);
    expect(states.at(-1)).toBe('saved');
    expect(a.baseVersion).toBe('2');
  });

  it('flush saves at once, and a later edit saves against the new version', async () => {
    const d = disk();
    const a = new Autosaver(d.save, (s) => states.push(s), 500);
    a.open('a.c', '1');
    a.change('one');
    await a.flush();
    a.change('two');
    await a.flush();
    expect(d.saves).toEqual(['one', 'two']);
    expect(d.files.get('a.c')).toEqual({ text: 'two', version: 3 });
  });

  it('stops on a conflict and overwrites only when asked', async () => {
    const d = disk();
    const a = new Autosaver(d.save, (s) => states.push(s), 500);
    a.open('a.c', '1');
    d.files.set('a.c', { text: 'theirs', version: 7 });
    a.change('mine');
    await a.flush();
    expect(states.at(-1)).toBe('conflict');
    a.change('mine 2');
    await vi.advanceTimersByTimeAsync(1000);
    expect(d.files.get('a.c')?.text).toBe('theirs');
    await a.overwrite('mine 2');
    expect(d.files.get('a.c')?.text).toBe('mine 2');
    expect(states.at(-1)).toBe('saved');
  });

  it('reports a failed save with its message and keeps the text for a retry', async () => {
    let fail = true;
    const msgs: string[] = [];
    const a = new Autosaver(
      async () => {
        if (fail) throw new LabError('too-large', 'file is 2 MiB, over the 1 MiB limit', 'a.c');
        return { version: '9' };
      },
      (s, detail) => (states.push(s), msgs.push(detail)),
    );
    a.open('a.c', '1');
    a.change('big');
    await a.flush();
    expect(states.at(-1)).toBe('failed');
    expect(msgs.at(-1)).toBe('a.c: file is 2 MiB, over the 1 MiB limit');
    fail = false;
    await a.flush();
    expect(states.at(-1)).toBe('saved');
  });
});
