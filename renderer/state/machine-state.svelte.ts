// The emulated PC as the UI sees it: its status, and serial output handed to the terminal.
import type { LabApi, MachineStatus } from '../../electron/ipc/lab-api.ts';
import { errorMessage } from '../api/errors.ts';

/// Machine status plus a sink for serial output.
export class MachineState {
  status = $state<MachineStatus>({ state: 'off' });
  lastError = $state('');
  private output: (text: string) => void = () => undefined;

  constructor(private readonly lab: LabApi) {}

  /// Follows the machine's events.
  init(): void {
    this.lab.on('machine:status', (s) => (this.status = s));
    this.lab.on('machine:serial', ({ text }) => this.output(text));
  }

  /// Where serial output goes (the terminal registers itself).
  setOutput(write: (text: string) => void): void {
    this.output = write;
  }

  /// Boots the last build.
  async boot(): Promise<void> {
    this.lastError = '';
    try {
      this.status = await this.lab.machine.boot({});
    } catch (err) {
      this.lastError = errorMessage(err);
    }
  }

  /// Sends typed keys to COM1.
  input(text: string): void {
    if (this.status.state !== 'running' && this.status.state !== 'booting') return;
    this.lab.machine
      .serialInput({ text })
      .catch((err: unknown) => (this.lastError = errorMessage(err)));
  }
}
