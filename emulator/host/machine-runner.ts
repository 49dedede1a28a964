/// Runs a PC behind the message protocol: boots, executes in slices so messages are handled
/// between them, sleeps while the guest idles (HLT with no timer due), and forwards serial output
/// and subscribed trace events. Platform-free: it needs only a port and setTimeout.
import { PC } from '../board/pc.ts';
import type { MachineEventName } from '../trace/events.ts';
import { JourneyRecorder } from '../trace/journey/recorder.ts';
import type { HostMessage, MachineMessage, MessagePortLike } from './protocol.ts';

/// Instructions per slice between looks at the message queue.
const SLICE = 2_000_000;
/// Instructions per warm-up slice: a few milliseconds, so a boot arriving meanwhile waits no
/// longer than that.
const WARM_UP_SLICE = 100_000;
/// Longest sleep while idle, so input arriving is noticed promptly even without a timer.
const MAX_IDLE_MS = 50;

/// The machine side of the protocol.
export class MachineRunner {
  private pc: PC | null = null;
  private running = false;
  private scheduled = false;
  private readonly unsubscribe: (() => void)[] = [];
  private recorder: JourneyRecorder | null = null;
  /// The throwaway machine of a warm-up in progress (see warmUp).
  private warming: PC | null = null;

  constructor(private readonly port: MessagePortLike<HostMessage, MachineMessage>) {
    port.onMessage((m) => this.handle(m));
  }

  private handle(m: HostMessage): void {
    try {
      this.dispatch(m);
    } catch (e) {
      this.port.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private dispatch(m: HostMessage): void {
    if (m.type === 'boot') return this.boot(m);
    if (m.type === 'warm-up') return this.warmUp(m);
    const pc = this.pc;
    if (!pc) throw new Error(`'${m.type}' before 'boot'`);
    switch (m.type) {
      case 'pause':
        this.running = false;
        return this.postState('paused');
      case 'resume':
        this.running = true;
        return this.schedule(0);
      case 'step': {
        this.running = false;
        // An armed journey recorder owns the hook: keep it (it steps one instruction at a time too).
        const armed = this.recorder?.armed ?? false;
        if (!armed) pc.setInstructionHook(() => {});
        pc.run(Math.max(1, m.count ?? 1));
        if (!armed) pc.setInstructionHook(null);
        return this.port.post({ type: 'stepped', cpu: pc.cpuState() });
      }
      case 'serial-in':
        pc.serialInput(m.bytes);
        return this.schedule(0);
      case 'subscribe':
        return this.subscribe(pc, m.events);
      case 'snapshot':
        return this.port.post({ type: 'snapshot', id: m.id, snapshot: pc.snapshot() });
      case 'restore':
        pc.restore(m.snapshot);
        return this.postState(this.running ? 'budget' : 'paused');
      case 'trace-arm':
        return this.armJourney(pc, m.spec);
      case 'trace-disarm':
        return this.recorder?.disarm();
      case 'shutdown':
        this.running = false;
        this.pc = null;
    }
  }

  /// A fresh worker runs the emulator's code cold: interpreted, then compiled as it gets hot,
  /// which more than doubles the time a first boot takes. Booting the same images once
  /// beforehand, on a machine that is then dropped, moves that cost to a moment nobody waits
  /// for. It runs in short slices and a real boot ends it, so it never delays one. A kernel
  /// that cannot boot fails here silently: the real boot reports it to whoever asked for it.
  private warmUp(m: Extract<HostMessage, { type: 'warm-up' }>): void {
    let pc: PC;
    try {
      pc = new PC({ ...m.config, clock: 'deterministic' });
      pc.loadMultiboot(m.kernel, { cmdline: m.cmdline, modules: m.modules, fileName: 'kernel' });
    } catch {
      return; // see above: not this message's concern
    }
    this.warming = pc;
    let left = m.instructions;
    const step = () => {
      if (this.warming !== pc) return;
      const r = pc.run(Math.min(left, WARM_UP_SLICE));
      left -= r.instructions;
      if (left > 0 && r.reason === 'budget') setTimeout(step, 0);
      else this.warming = null;
    };
    step();
  }

  private boot(m: Extract<HostMessage, { type: 'boot' }>): void {
    this.warming = null;
    const pc = new PC(m.config);
    pc.on('serial:out', ({ bytes }) => this.port.post({ type: 'serial-out', bytes }));
    pc.on('machine:exit', ({ code }) => this.port.post({ type: 'exit', code }));
    pc.on('machine:reset', ({ reason }) => this.port.post({ type: 'reset', reason }));
    pc.loadMultiboot(m.kernel, { cmdline: m.cmdline, modules: m.modules, fileName: 'kernel' });
    this.recorder?.disarm();
    this.recorder = null;
    this.pc = pc;
    this.running = true;
    this.schedule(0);
  }

  /// The journey recorder lives here, next to the CPU: its per-instruction hook must not cross
  /// the thread boundary. Journeys go to the host as raw data.
  private armJourney(pc: PC, spec: Extract<HostMessage, { type: 'trace-arm' }>['spec']): void {
    const recorder = (this.recorder ??= new JourneyRecorder(pc, (journey) => {
      this.port.post({ type: 'journey', journey });
      if (!recorder.armed) this.port.post({ type: 'trace-done' });
    }));
    recorder.arm(spec);
  }

  private subscribe(pc: PC, names: readonly MachineEventName[]): void {
    for (const off of this.unsubscribe.splice(0)) off();
    for (const name of names) {
      this.unsubscribe.push(
        pc.on(name, (payload) => this.port.post({ type: 'event', name, payload })),
      );
    }
  }

  private schedule(ms: number): void {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.slice();
    }, ms);
  }

  /// One slice of execution; reschedules itself while running.
  private slice(): void {
    const pc = this.pc;
    if (!pc || !this.running) return;
    const r = pc.run(SLICE);
    if (r.reason === 'exit' || r.reason === 'reset') {
      this.running = false;
      return;
    }
    if (r.reason === 'idle') {
      const wait = Math.min(MAX_IDLE_MS, pc.msUntilNextEvent());
      this.postState('idle');
      return this.schedule(Number.isFinite(wait) ? wait : MAX_IDLE_MS);
    }
    this.schedule(0);
  }

  private postState(reason: 'paused' | 'idle' | 'budget'): void {
    if (this.pc)
      this.port.post({ type: 'state', running: this.running, reason, cpu: this.pc.cpuState() });
  }
}
