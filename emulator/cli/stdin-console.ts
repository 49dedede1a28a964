/// The keyboard end of COM1 for `syscall-lab run`: the process's stdin, as QEMU's `-serial
/// stdio` does. A terminal is put in raw mode (each key goes to the guest at once, unechoed,
/// Ctrl-C included; the guest's tty does the echo and the line editing) and restored when the run
/// ends, however it ends; Ctrl-A commands (console-keys.ts) quit. A pipe or a file is passed
/// through byte for byte, and its end changes nothing: the guest runs on until it exits or
/// --timeout.
import { CONSOLE_KEYS_HELP, ConsoleKeys } from './console-keys.ts';

/// What ends a run from the keyboard side: an exit status and the line for stderr.
export type QuitHandler = (status: number, message: string) => void;

/// The stdin a console reads (process.stdin, or a stand-in in tests).
export interface ConsoleInput {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  on(event: 'data', fn: (chunk: Buffer) => void): unknown;
  on(event: 'error', fn: (err: Error) => void): unknown;
  off(event: 'data', fn: (chunk: Buffer) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/// Signals that end a raw-mode run with the terminal restored (status 128 + number).
const SIGNALS = { SIGHUP: 1, SIGTERM: 15 } as const;

/// Feeds stdin to the guest between `start()` and `stop()`.
export class StdinConsole {
  private readonly keys = new ConsoleKeys();
  private raw = false;
  private attached = false;
  private readonly onData = (chunk: Buffer) => this.data(chunk);
  private readonly onExit = () => this.setRaw(false);
  private readonly onSignal = (name: keyof typeof SIGNALS) =>
    this.quit(128 + SIGNALS[name], `stopped by ${name}`);

  constructor(
    private readonly send: (bytes: Uint8Array) => void,
    private readonly quit: QuitHandler,
    private readonly input: ConsoleInput = process.stdin,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {}

  /// Starts reading; a terminal goes raw and the keys are announced on stderr.
  start(): void {
    if (this.attached) return;
    this.attached = true;
    // EIO/EBADF on a closed or revoked stdin is no reason to stop the guest.
    this.input.on('error', () => {});
    if (this.input.isTTY && this.input.setRawMode) {
      this.setRaw(true);
      process.once('exit', this.onExit);
      for (const name of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[])
        process.once(name, this.onSignal);
      this.log(`syscall-lab run: COM1 is this terminal (raw mode). ${CONSOLE_KEYS_HELP}.`);
    }
    this.input.on('data', this.onData);
    this.input.resume();
  }

  /// Stops reading and gives the terminal back as it was (idempotent).
  stop(): void {
    if (!this.attached) return;
    this.attached = false;
    this.input.off('data', this.onData);
    this.input.pause();
    this.setRaw(false);
    process.off('exit', this.onExit);
    for (const name of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[])
      process.off(name, this.onSignal);
  }

  private setRaw(on: boolean): void {
    if (this.raw === on || !this.input.setRawMode) return;
    this.input.setRawMode(on);
    this.raw = on;
  }

  private data(chunk: Buffer): void {
    if (!this.raw) return this.send(new Uint8Array(chunk));
    const { guest, commands } = this.keys.feed(chunk);
    if (guest.length > 0) this.send(guest);
    for (const c of commands) {
      if (c === 'help') this.log(`syscall-lab run: ${CONSOLE_KEYS_HELP}.`);
      else return this.quit(0, 'quit (Ctrl-A x)');
    }
  }
}
