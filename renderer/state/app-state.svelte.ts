// App-wide state: settings (theme, zoom, projector), host facts, connection, and short notices.
// Settings changes are applied at once and saved through the API; the backend's echo
// (`settings:changed`) keeps several windows or tabs in step.
import type { AppInfo, LabApi, Settings } from '../../electron/ipc/lab-api.ts';
import { errorMessage } from '../api/errors.ts';
import type { SocketState } from '../api/socket-transport.ts';
import { SettingsSync } from './settings-sync.ts';

/// A message in the notice area.
export interface Notice {
  readonly id: number;
  readonly kind: 'info' | 'error';
  readonly text: string;
}

const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

/// Settings, host info, connection and notices.
export class AppState {
  settings = $state<Settings>({ theme: 'light', zoom: 1, projector: false, lessonProgress: null });
  info = $state<AppInfo | null>(null);
  connection = $state<SocketState>('connecting');
  connectionReason = $state('');
  notices = $state<Notice[]>([]);
  private nextNotice = 1;
  private readonly sync: SettingsSync;

  constructor(private readonly lab: LabApi) {
    this.sync = new SettingsSync(
      this.settings,
      (patch) => lab.settings.update(patch),
      (s) => (this.settings = s),
    );
  }

  /// Loads settings and host info, and follows settings changed elsewhere.
  async init(): Promise<void> {
    this.lab.on('settings:changed', (s) => this.sync.echo(s));
    const [settings, info] = await Promise.all([this.lab.settings.get(), this.lab.app.info()]);
    this.sync.echo(settings);
    this.info = info;
  }

  /// Applies a change now and saves it; a refused save is reported and rolled back.
  async update(patch: Partial<Settings>): Promise<void> {
    try {
      await this.sync.update(patch);
    } catch (err) {
      this.notify('error', `Could not save settings: ${errorMessage(err)}`);
    }
  }

  /// Steps the zoom to the next preset up (+1) or down (-1), or back to 100% (0).
  zoom(direction: -1 | 0 | 1): void {
    if (direction === 0) return void this.update({ zoom: 1 });
    const current = this.sync.value.zoom;
    const next =
      direction > 0
        ? ZOOM_STEPS.find((z) => z > current + 1e-6)
        : [...ZOOM_STEPS].reverse().find((z) => z < current - 1e-6);
    if (next !== undefined) void this.update({ zoom: next });
  }

  toggleTheme(): void {
    void this.update({ theme: this.sync.value.theme === 'dark' ? 'light' : 'dark' });
  }

  toggleProjector(): void {
    void this.update({ projector: !this.sync.value.projector });
  }

  /// Shows a notice for a few seconds (errors stay until dismissed).
  notify(kind: Notice['kind'], text: string): void {
    const notice = { id: this.nextNotice++, kind, text };
    this.notices = [...this.notices.slice(-3), notice];
    if (kind === 'info') setTimeout(() => this.dismiss(notice.id), 4000);
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}
