// The emulated PC as the UI sees it: its status, and serial output handed to the terminal.
import type { LabApi, MachineStatus } from '../../electron/ipc/lab-api.ts';
import { errorMessage } from '../api/errors.ts';

/// Machine status plus a sink for serial output.
export class MachineState {
  status = $state<MachineStatus>({ state: 'off' });
  lastError = $state('');
  private output: (text: string) => void = () => undefined;
  private clear: () => void = () => undefined;

  constructor(private readonly lab: LabApi) {}

  /// Follows the machine's events.
  init(): void {
    this.lab.on('machine:status', (s) => (this.status = s));
    this.lab.on('machine:serial', ({ text }) => this.output(text));
  }

  /// Where serial output goes, and how to wipe the screen for a fresh boot (the terminal
  /// registers itself).
  setOutput(write: (text: string) => void, clear: () => void = () => undefined): void {
    this.output = write;
    this.clear = clear;
  }

  /// Boots the last good build (replacing a running machine) on a clean screen.
  async boot(): Promise<void> {
    await this.lifecycle(() => {
      this.clear();
      return this.lab.machine.boot({});
    });
  }

  /// Powers the machine off.
  async stop(): Promise<void> {
    await this.lifecycle(() => this.lab.machine.stop());
  }

  /// Restarts the machine with the kernel it was booted with, on a clean screen.
  async reset(): Promise<void> {
    await this.lifecycle(() => {
      this.clear();
      return this.lab.machine.reset();
    });
  }

  private async lifecycle(call: () => Promise<MachineStatus>): Promise<void> {
    this.lastError = '';
    try {
      this.status = await call();
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
