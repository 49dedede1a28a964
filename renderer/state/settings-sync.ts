// Settings as the UI sees them: changes apply at once (optimistically) and are saved in order.
// While any save is in flight the local values are the newest, so a reply or an echo from the
// backend that predates them must not win (pressing zoom twice quickly lands on the second step).

import type { Settings } from '../../electron/ipc/lab-api.ts';

/// Keeps the shown settings consistent with the saves in flight.
export class SettingsSync {
  private inFlight = 0;

  constructor(
    private current: Settings,
    private readonly save: (patch: Partial<Settings>) => Promise<Settings>,
    private readonly publish: (settings: Settings) => void,
  ) {}

  /// The settings to show.
  get value(): Settings {
    return this.current;
  }

  /// Applies `patch` now and saves it. On failure the patched keys roll back and the error
  /// propagates (the caller tells the learner).
  async update(patch: Partial<Settings>): Promise<void> {
    const before = this.current;
    this.set({ ...before, ...patch });
    this.inFlight++;
    try {
      const saved = await this.save(patch);
      if (this.inFlight === 1) this.set(saved);
    } catch (err) {
      this.set({ ...this.current, ...pick(before, patch) });
      throw err;
    } finally {
      this.inFlight--;
    }
  }

  /// Settings pushed by the backend (another window saved them); ignored while saves are pending.
  echo(settings: Settings): void {
    if (this.inFlight === 0) this.set(settings);
  }

  private set(settings: Settings): void {
    this.current = settings;
    this.publish(settings);
  }
}

/// The values `before` had for the keys `patch` changes (to roll back just those).
function pick(before: Settings, patch: Partial<Settings>): Partial<Settings> {
  const keys = Object.keys(patch) as (keyof Settings)[];
  return Object.fromEntries(keys.map((k) => [k, before[k]])) as Partial<Settings>;
}
