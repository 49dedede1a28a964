// The user's settings (theme, zoom, projector mode, lesson progress), kept in one JSON file in the
// user data folder and written atomically. A corrupt file is moved aside, never overwritten, and
// the defaults are used, so a bad disk write cannot stop the app from starting.
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { LabApi, Settings } from '../ipc/lab-api.ts';
import { writeFileAtomic } from './atomic-write.ts';

/// Settings of a fresh install.
export const DEFAULT_SETTINGS: Settings = {
  theme: 'light',
  zoom: 1,
  projector: false,
  lessonProgress: null,
};

/// Reads and updates `settings.json` in `dataDir`; `onChange` hears every successful update.
export class SettingsService implements Readonly<LabApi['settings']> {
  private current: Settings | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly onChange: (settings: Settings) => void = () => undefined,
  ) {
    this.file = join(dataDir, 'settings.json');
  }

  async get(): Promise<Settings> {
    if (!this.current) this.current = await this.load();
    return this.current;
  }

  /// Merges `patch` (already validated) and saves. Updates are serialised so two quick changes
  /// (zoom twice) cannot overwrite each other.
  update(patch: Partial<Settings>): Promise<Settings> {
    const run = this.queue.then(async () => {
      const next: Settings = { ...(await this.get()), ...definedOnly(patch) };
      await writeFileAtomic(this.file, JSON.stringify(next, null, 2) + '\n');
      this.current = next;
      this.onChange(next);
      return next;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return DEFAULT_SETTINGS;
    }
    try {
      return sanitize(JSON.parse(text));
    } catch {
      await rename(this.file, `${this.file}.corrupt-${Date.now()}`).catch(() => undefined);
      return DEFAULT_SETTINGS;
    }
  }
}

/// Keeps the known, well-typed fields of a stored settings object; anything else gets its default
/// (the file may come from an older or newer version of the app).
function sanitize(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) throw new Error('settings must be an object');
  const v = value as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: v.theme === 'dark' || v.theme === 'light' ? v.theme : d.theme,
    zoom: typeof v.zoom === 'number' && v.zoom >= 0.5 && v.zoom <= 3 ? v.zoom : d.zoom,
    projector: typeof v.projector === 'boolean' ? v.projector : d.projector,
    lessonProgress:
      'lessonProgress' in v ? (v.lessonProgress as Settings['lessonProgress']) : d.lessonProgress,
  };
}

function definedOnly(patch: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}
