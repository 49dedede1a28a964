// The machine engine behind `lab.machine`: boots the last successful build (boot/ in the output
// folder, see engines/boot-images.ts) on the emulated PC in a worker thread, in real-time mode,
// with serial output streamed to the renderer in batches and keys typed in the terminal fed to
// COM1. Booting again (after a new build, say) replaces the running machine. A guest that spins
// forever only occupies its worker: this service, and the host's event loop, keep answering.
//
// Seam for the trace recorder: `onSession(fn)` hands over each booted `MachineSession`, whose
// `post`/`onMessage` speak emulator/host's protocol (subscribe to 'cpu:privilege', pause, step,
// snapshot...). `session()` is the current one. See engines/machine-session.ts.
import type { BootRequest, MachineStatus, SerialInput } from '../ipc/lab-api.ts';
import { LabError } from '../ipc/lab-errors.ts';
import { readBootImages, type BootImages } from './engines/boot-images.ts';
import { NodeMachineHost } from '../../emulator/host/node-worker.ts';
import { bootMessage, MachineSession } from './engines/machine-session.ts';
import type { EngineContext } from './service-registry.ts';

/// The kernel command line when the request gives none (kernel/Documentation/README: the serial
/// console; init is the initramfs's /sbin/init).
export const DEFAULT_CMDLINE = 'console=ttyS0';
/// RAM when the request gives none.
export const DEFAULT_MEMORY_MIB = 64;

/// Instructions the spare worker runs of the last good build before it is needed: a little more
/// than the lab kernel takes to reach the shell prompt (about 4.3 million), so boot, initramfs
/// unpacking, exec and the shell have all been compiled by the JS engine.
const WARM_UP_INSTRUCTIONS = 5_000_000;

/// How the service makes machines (a bundled app passes its compiled worker script).
export interface MachineServiceOptions {
  readonly workerUrl?: URL;
}

/// `lab.machine`, plus the trace seam and `close()` for the host.
export class MachineService {
  private current: MachineSession | null = null;
  private state: MachineStatus = { state: 'off' };
  private lastBoot: { images: BootImages; request: BootRequest } | null = null;
  private readonly sessionListeners = new Set<(s: MachineSession) => void>();
  /// A worker started ahead of the next boot: loading the emulator in a fresh thread takes most
  /// of a second, which Boot then does not wait for.
  private spare: NodeMachineHost | null = null;
  private closed = false;

  constructor(
    private readonly ctx: EngineContext,
    private readonly options: MachineServiceOptions = {},
  ) {
    this.prewarm();
  }

  /// Boots the last successful build, replacing any running machine. Resolves with 'booting';
  /// 'running' follows with the first serial byte.
  async boot(request: BootRequest): Promise<MachineStatus> {
    const images = await readBootImages(this.ctx.outputDir);
    return this.start(images, request);
  }

  /// Types `text` into COM1 (the guest reads it as it drains the UART: nothing is lost).
  async serialInput(input: SerialInput): Promise<void> {
    const session = this.current;
    if (!session || (this.state.state !== 'running' && this.state.state !== 'booting')) {
      throw new LabError(
        'bad-request',
        `the machine is ${this.state.state}: Boot it first`,
        'machine',
      );
    }
    session.post({ type: 'serial-in', bytes: new TextEncoder().encode(input.text) });
  }

  /// Powers the machine off (its state is discarded).
  async stop(): Promise<MachineStatus> {
    if (!this.current) return this.state;
    await this.retire();
    return this.setStatus({ state: 'stopped', message: 'stopped by the user' });
  }

  /// Restarts the machine with the images and options it was last booted with.
  async reset(): Promise<MachineStatus> {
    if (!this.lastBoot) throw new LabError('bad-request', 'nothing was booted yet', 'machine');
    return this.start(this.lastBoot.images, this.lastBoot.request);
  }

  /// The machine's current status.
  async status(): Promise<MachineStatus> {
    return this.state;
  }

  /// The running machine, if any (trace seam).
  session(): MachineSession | null {
    return this.current;
  }

  /// Calls `fn` with every machine booted from now on (trace seam); returns the unsubscriber.
  onSession(fn: (session: MachineSession) => void): () => void {
    this.sessionListeners.add(fn);
    return () => this.sessionListeners.delete(fn);
  }

  /// Terminates the machine's worker (the host is closing).
  async close(): Promise<void> {
    this.closed = true;
    const spare = this.spare;
    this.spare = null;
    await Promise.all([this.retire(), spare?.terminate()]);
  }

  /// Starts the spare worker if there is none, and has it boot the last good build once on a
  /// throwaway machine (see emulator/host's warm-up), so the next Boot runs on compiled code.
  private prewarm(): void {
    if (this.spare || this.closed) return;
    const spare = (this.spare = new NodeMachineHost(this.options.workerUrl));
    readBootImages(this.ctx.outputDir).then(
      (images) => {
        if (this.spare !== spare) return; // taken (or closed) before the images were read
        const boot = bootMessage({
          kernel: images.kernel,
          initramfs: images.initramfs,
          ...bootSettings(this.lastBoot?.request ?? {}),
        });
        spare.post({ ...boot, type: 'warm-up', instructions: WARM_UP_INSTRUCTIONS });
      },
      () => {}, // nothing built yet: the spare stays cold
    );
  }

  /// The spare worker (or a new one), and a new spare started behind it.
  private takeHost(): NodeMachineHost {
    const host = this.spare ?? new NodeMachineHost(this.options.workerUrl);
    this.spare = null;
    // Right behind this boot (after it is posted): on two cores, a worker loading and warming
    // up beside a boot costs that boot less than a next Boot that finds its worker still
    // loading (the learner's loop bench: boot to prompt 825 ms with a 1 s delay, 504 ms without).
    setTimeout(() => this.prewarm(), 0).unref();
    return host;
  }

  private async start(images: BootImages, request: BootRequest): Promise<MachineStatus> {
    await this.retire();
    this.lastBoot = { images, request };
    const { cmdline, memoryBytes } = bootSettings(request);
    const session: MachineSession = new MachineSession(
      { kernel: images.kernel, initramfs: images.initramfs, cmdline, memoryBytes },
      {
        serial: (text) => this.ifCurrent(session, () => this.ctx.emit('machine:serial', { text })),
        firstOutput: () =>
          this.ifCurrent(session, () =>
            this.setStatus({ state: 'running', message: `command line: ${cmdline}` }),
          ),
        exit: (code) => this.ifCurrent(session, () => this.finish(session, exited(code))),
        crash: (reason) =>
          this.ifCurrent(session, () =>
            this.finish(session, { state: 'crashed', message: reason }),
          ),
      },
      this.takeHost(),
    );
    this.current = session;
    for (const fn of this.sessionListeners) fn(session);
    const sizes = `kernel ${kib(images.kernel)}, initramfs ${images.initramfs ? kib(images.initramfs) : 'none'}`;
    return this.setStatus({
      state: 'booting',
      message: `${sizes}, ${memoryBytes >> 20} MiB, "${cmdline}"`,
    });
  }

  /// Runs `fn` only for the current machine: a replaced one's late messages are dropped.
  private ifCurrent(session: MachineSession, fn: () => void): void {
    if (this.current === session) fn();
  }

  /// The machine ended by itself: report it and free its worker.
  private finish(session: MachineSession, status: MachineStatus): void {
    this.setStatus(status);
    this.current = null;
    void session.close();
  }

  private async retire(): Promise<void> {
    const old = this.current;
    this.current = null;
    if (old) await old.close();
  }

  private setStatus(status: MachineStatus): MachineStatus {
    this.state = status;
    this.ctx.emit('machine:status', status);
    return status;
  }
}

/// The command line and RAM a boot request asks for, with the defaults filled in.
function bootSettings(request: BootRequest): { cmdline: string; memoryBytes: number } {
  const cmdline = request.cmdline?.trim() || DEFAULT_CMDLINE;
  return { cmdline, memoryBytes: (request.memoryMiB ?? DEFAULT_MEMORY_MIB) << 20 };
}

function exited(code: number): MachineStatus {
  const hex = `0x${code.toString(16).padStart(2, '0')}`;
  return { state: 'exited', exitCode: code, message: `the guest wrote ${hex} to port 0xf4` };
}

function kib(bytes: Uint8Array): string {
  return `${Math.round(bytes.length / 1024)} KiB`;
}

const perBackend = new WeakMap<EngineContext, MachineService>();

/// The machine service of the backend that owns `ctx`, made on first call: the machine slot's
/// factory, and how the trace recorder's factory (given the same `ctx`) finds the machine.
export function machineServiceFor(
  ctx: EngineContext,
  options?: MachineServiceOptions,
): MachineService {
  let service = perBackend.get(ctx);
  if (!service) perBackend.set(ctx, (service = new MachineService(ctx, options)));
  return service;
}
