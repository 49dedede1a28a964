import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsService } from '../../../electron/services/settings-service.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-test-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('SettingsService', () => {
  it('starts with defaults and persists updates across instances', async () => {
    const heard: unknown[] = [];
    const s = new SettingsService(dir, (v) => heard.push(v));
    expect(await s.get()).toEqual(DEFAULT_SETTINGS);
    await s.update({ theme: 'dark', lessonProgress: { step: 4 } });
    await s.update({ zoom: 1.25 });
    const again = await new SettingsService(dir).get();
    expect(again).toEqual({
      theme: 'dark',
      zoom: 1.25,
      projector: false,
      lessonProgress: { step: 4 },
    });
    expect(heard).toHaveLength(2);
  });

  it('keeps concurrent updates', async () => {
    const s = new SettingsService(dir);
    await Promise.all([
      s.update({ theme: 'dark' }),
      s.update({ projector: true }),
      s.update({ zoom: 2 }),
    ]);
    expect(await new SettingsService(dir).get()).toMatchObject({
      theme: 'dark',
      projector: true,
      zoom: 2,
    });
  });

  it('moves a corrupt file aside and uses defaults', async () => {
    await writeFile(join(dir, 'settings.json'), '{"theme": "dark", ');
    expect(await new SettingsService(dir).get()).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(dir)).some((f) => f.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('replaces out-of-range stored values with defaults', async () => {
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ theme: 'pink', zoom: 40, projector: true }),
    );
    expect(await new SettingsService(dir).get()).toEqual({ ...DEFAULT_SETTINGS, projector: true });
  });
});
