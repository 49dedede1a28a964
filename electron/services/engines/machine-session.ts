// One booted machine: the emulator's worker-thread host (emulator/host) with the plumbing the
// service needs around it. Serial output is decoded as UTF-8 (a character split across two
// worker messages stays whole) and handed on in batches, at most one every `SERIAL_BATCH_MS`,
// so a chatty guest costs a few IPC messages a second, not one per byte. Other parts (the trace
// recorder) attach to `post`/`onMessage`, which is the whole protocol of emulator/host.
import { NodeMachineHost } from '../../../emulator/host/node-worker.ts';
import type { HostMessage, MachineMessage } from '../../../emulator/host/protocol.ts';

/// Longest time serial output waits before it is sent on (one screen refresh).
export const SERIAL_BATCH_MS = 16;
/// Pending serial text that is sent at once, without waiting for the batch timer.
const SERIAL_BATCH_MAX = 64 * 1024;

/// What the session tells its owner.
export interface SessionHandlers {
  /// A batch of guest output, decoded.
  serial(text: string): void;
  /// The guest printed its first byte (the kernel is up).
  firstOutput(): void;
  /// The guest wrote `code` to port 0xF4.
  exit(code: number): void;
  /// The machine reset (triple fault) or the worker failed; `reason` says why.
  crash(reason: string): void;
}

/// How to boot: the images and the protocol's boot message fields.
export interface SessionBoot {
  readonly kernel: Uint8Array;
  readonly initramfs: Uint8Array | null;
  readonly cmdline: string;
  readonly memoryBytes: number;
}

/// The protocol's boot message for `boot` (real-time clock: the learner's machine).
export function bootMessage(boot: SessionBoot): Extract<HostMessage, { type: 'boot' }> {
  return {
    type: 'boot',
    kernel: boot.kernel,
    cmdline: boot.cmdline,
    modules: boot.initramfs ? [{ data: boot.initramfs, string: 'initramfs.cpio' }] : [],
    config: { memoryBytes: boot.memoryBytes, clock: 'realtime' },
  };
}

/// A machine running in its own worker thread. Owns the worker: `close()` terminates it.
export class MachineSession {
  private readonly host: NodeMachineHost;
  private readonly listeners = new Set<(m: MachineMessage) => void>();
  private readonly decoder = new TextDecoder('utf-8');
  private pending = '';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sawOutput = false;
  private closed = false;

  /// Boots on `host`, a worker that has not booted anything yet (possibly started in advance,
  /// so its module is already loaded); the session owns it from now on.
  constructor(
    boot: SessionBoot,
    private readonly handlers: SessionHandlers,
    host: NodeMachineHost,
  ) {
    this.host = host;
    this.host.onMessage((m) => this.receive(m));
    this.host.post(bootMessage(boot));
  }

  /// Sends a protocol message to the machine (serial input, pause, subscribe, snapshot...).
  post(message: HostMessage): void {
    if (!this.closed) this.host.post(message);
  }

  /// Hears every message from the machine (after the session's own handling); returns the
  /// function that stops listening.
  onMessage(fn: (m: MachineMessage) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /// Whether the worker has been terminated.
  get isClosed(): boolean {
    return this.closed;
  }

  /// Sends any batched output, then terminates the worker. Idempotent.
  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.listeners.clear();
    await this.host.terminate();
  }

  private receive(m: MachineMessage): void {
    if (this.closed) return;
    switch (m.type) {
      case 'serial-out':
        this.output(m.bytes);
        break;
      case 'exit':
        this.flush();
        this.handlers.exit(m.code);
        break;
      case 'reset':
        this.flush();
        this.handlers.crash(m.reason);
        break;
      case 'error':
        this.flush();
        this.handlers.crash(m.message);
        break;
    }
    for (const fn of this.listeners) fn(m);
  }

  private output(bytes: Uint8Array): void {
    if (!this.sawOutput) {
      this.sawOutput = true;
      this.handlers.firstOutput();
    }
    this.pending += this.decoder.decode(bytes, { stream: true });
    if (this.pending.length >= SERIAL_BATCH_MAX) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), SERIAL_BATCH_MS);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.handlers.serial(text);
  }
}
