/// The PC: the only place devices are created and wired (RAM, port bus, PIC pair, PIT, COM1,
/// CMOS RTC, debug exit, CPU), plus the run loop that interleaves CPU slices with timer events,
/// and the host-facing API: events, serial input, snapshots, the lockstep state view.
import { Cpu, StopReason } from '../cpu/cpu.ts';
import {
  loadCpu,
  readCpuState,
  saveCpu,
  type CpuSnapshot,
  type CpuState,
} from '../cpu/cpu-snapshot.ts';
import { IF } from '../cpu/constants.ts';
import { PhysicalMemory } from '../cpu/memory-bus.ts';
import type { CpuHooks } from '../cpu/interrupts.ts';
import { DebugExit } from '../devices/debug-exit.ts';
import type { Device, DeviceState } from '../devices/device.ts';
import { Pic8259Pair } from '../devices/pic8259.ts';
import { Pit8254, PIT_HZ } from '../devices/pit8254.ts';
import { RtcCmos } from '../devices/rtc-cmos.ts';
import { Uart16550 } from '../devices/uart16550.ts';
import { Emitter, type Listener } from '../trace/emitter.ts';
import type { MachineEventName, MachineEvents } from '../trace/events.ts';
import { MachineClock, type ClockMode } from './clock.ts';
import { IoBus } from './io-bus.ts';
import { loadMultibootImage, type MultibootOptions } from './multiboot.ts';
import { wireCpuEvents } from './pc-events.ts';

/// Machine configuration.
export interface MachineConfig {
  /// RAM in bytes (default 64 MiB).
  readonly memoryBytes?: number;
  /// Time source (default deterministic).
  readonly clock?: ClockMode;
  /// Host monotonic milliseconds (default `performance.now`), for real-time mode.
  readonly hostMs?: () => number;
  /// Host wall clock in Unix ms (default `Date.now`), for the RTC in real-time mode.
  readonly hostWallMs?: () => number;
}

/// Why `run` returned: the budget ran out (in deterministic mode a halted CPU's guest time
/// counts: HLT jumps to the next timer event); 'idle' = halted and nothing can wake it within the
/// call (interrupts off, no timer, or in real time the timer not yet due); 'exit' = port 0xF4;
/// 'reset' = triple fault.
export type RunReason = 'budget' | 'idle' | 'exit' | 'reset';

/// Result of `run`.
export interface RunResult {
  readonly reason: RunReason;
  /// Instructions executed by this call.
  readonly instructions: number;
  /// The byte written to port 0xF4 when `reason` is 'exit'.
  readonly exitCode?: number;
}

/// A whole-machine snapshot: plain, structured-clone-safe data.
export interface MachineSnapshot {
  readonly version: 1;
  readonly memoryBytes: number;
  readonly ram: Uint8Array;
  readonly cpu: CpuSnapshot;
  readonly devices: Record<string, DeviceState>;
  readonly timeNs: number;
  readonly exitCode: number;
  readonly resetReason: string;
}

/// Instructions per slice in real-time mode between looks at the host clock.
const REALTIME_SLICE = 200_000;

/// The emulated PC.
export class PC {
  readonly memory: PhysicalMemory;
  readonly io = new IoBus();
  readonly pic: Pic8259Pair;
  readonly pit: Pit8254;
  readonly com1: Uart16550;
  readonly rtc: RtcCmos;
  readonly cpu: Cpu;
  readonly clock: MachineClock;
  private readonly events = new Emitter<MachineEvents>();
  private readonly devices: Device[];
  private serialBuf: number[] = [];
  private exitCode = -1;
  private resetReason = '';

  constructor(config: MachineConfig = {}) {
    this.memory = new PhysicalMemory(config.memoryBytes ?? 64 * 1024 * 1024);
    this.pic = new Pic8259Pair(this.io);
    const hooks: CpuHooks = {
      privilege: null,
      exception: null,
      irq: null,
      reset: (r) => this.tripleFault(r),
    };
    this.cpu = new Cpu(this.memory, this.io, this.pic, hooks);
    const hostMs = config.hostMs ?? (() => performance.now());
    this.clock = new MachineClock(
      config.clock ?? 'deterministic',
      () => this.cpu.icount,
      hostMs,
      config.hostWallMs ?? (() => Date.now()),
    );
    this.pit = new Pit8254(this.io, this.pic.line(0), () => this.pitTicks());
    this.com1 = new Uart16550(this.io, 0x3f8, this.pic.line(4), (b) => this.serialBuf.push(b));
    this.rtc = new RtcCmos(this.io, () => this.clock.wallMs(), this.memory.size);
    new DebugExit(this.io, 0xf4, (code) => this.exit(code));
    this.devices = [this.pic, this.pit, this.com1, this.rtc];
    this.events.onChange = () => wireCpuEvents(this.cpu, this.io, this.pic, this.events);
  }

  /// Listens to a machine event; returns a function that stops listening.
  on<K extends MachineEventName>(name: K, fn: Listener<MachineEvents, K>): () => void {
    return this.events.on(name, fn);
  }

  /// Loads a multiboot v1 kernel and modules and sets the CPU to the multiboot entry state.
  loadMultiboot(elf: Uint8Array, opts: MultibootOptions = {}): void {
    this.cpu.reset();
    const { entry, infoAddr } = loadMultibootImage(this.memory, elf, opts);
    // Like GRUB and QEMU's loader, leave a usable flat GDT (0x08 code, 0x10 data) behind the
    // selectors the CPU holds, so an interrupt before the kernel's own LGDT does not triple-fault.
    const gdt = infoAddr - 0x20;
    this.memory.write32(gdt, 0);
    this.memory.write32(gdt + 4, 0);
    this.memory.write32(gdt + 8, 0x0000ffff);
    this.memory.write32(gdt + 12, 0x00cf9a00);
    this.memory.write32(gdt + 16, 0x0000ffff);
    this.memory.write32(gdt + 20, 0x00cf9200);
    this.cpu.gdtBase = gdt;
    this.cpu.gdtLimit = 23;
    this.cpu.eip = entry;
    this.cpu.regs[0] = 0x2badb002;
    this.cpu.regs[3] = infoAddr;
    this.cpu.invalidateCode();
    this.exitCode = -1;
    this.resetReason = '';
  }

  /// Resets the CPU (as after a triple fault) and clears a recorded exit or reset, so the
  /// machine can run again; RAM keeps its contents, as on a real reset.
  reset(): void {
    this.cpu.reset();
    this.exitCode = -1;
    this.resetReason = '';
  }

  /// Queues bytes for COM1's receiver, fed as the guest drains the FIFO (nothing is lost).
  serialInput(bytes: Uint8Array | readonly number[]): void {
    this.com1.input(bytes);
  }

  /// Runs at most `maxInstructions` instructions (see RunResult for why it stops).
  run(maxInstructions: number): RunResult {
    const cpu = this.cpu;
    const start = cpu.icount;
    const end = start + Math.max(0, Math.floor(maxInstructions));
    const done = (reason: RunReason): RunResult => {
      this.flushSerial();
      const r: RunResult = { reason, instructions: cpu.icount - start };
      return reason === 'exit' ? { ...r, exitCode: this.exitCode } : r;
    };
    while (cpu.icount < end) {
      if (this.exitCode >= 0) return done('exit');
      if (this.resetReason) return done('reset');
      this.pit.advance(this.pitTicks());
      const eventAt = this.nextEventInstruction();
      const sliceEnd = Math.min(
        end,
        this.clock.mode === 'deterministic'
          ? Math.max(eventAt, cpu.icount + 1)
          : cpu.icount + REALTIME_SLICE,
      );
      const stop = cpu.execute(sliceEnd);
      this.flushSerial();
      if (stop === StopReason.Halted && !this.waitForEvent(this.nextEventInstruction(), end))
        return done('idle');
    }
    if (this.exitCode >= 0) return done('exit');
    return done(this.resetReason ? 'reset' : 'budget');
  }

  /// Executes exactly one instruction (or delivers one interrupt); same result shape as run.
  step(): RunResult {
    return this.run(1);
  }

  /// HLT: in deterministic mode, guest time jumps to the next timer event (at most to `end`, the
  /// budget). Returns false when nothing can wake the CPU (IF clear or no timer armed), or, in
  /// real time, when the timer is not due yet: the host may then sleep (msUntilNextEvent).
  private waitForEvent(eventAt: number, end: number): boolean {
    const cpu = this.cpu;
    if ((cpu.flags & IF) === 0 || eventAt === Infinity) return false;
    if (this.clock.mode === 'realtime') {
      this.pit.advance(this.pitTicks());
      return this.pic.hasInterrupt();
    }
    cpu.icount = Math.max(cpu.icount, Math.min(eventAt, end));
    return true;
  }

  /// Instruction count at which the next timer interrupt is due (Infinity when none).
  private nextEventInstruction(): number {
    const tick = this.pit.nextEvent();
    if (tick === Infinity) return Infinity;
    return this.clock.instructionAt((tick * 1e9) / PIT_HZ);
  }

  /// Milliseconds of host time until the next timer event (real-time hosts sleep this long when
  /// `run` returns 'idle'); Infinity when no timer is armed.
  msUntilNextEvent(): number {
    const tick = this.pit.nextEvent();
    if (tick === Infinity) return Infinity;
    return Math.max(0, ((tick * 1e9) / PIT_HZ - this.clock.nowNs()) / 1e6);
  }

  private pitTicks(): number {
    return Math.floor((this.clock.nowNs() * PIT_HZ) / 1e9);
  }

  private flushSerial(): void {
    if (this.serialBuf.length === 0) return;
    const bytes = Uint8Array.from(this.serialBuf);
    this.serialBuf = [];
    this.events.emit('serial:out', { bytes });
  }

  private exit(code: number): void {
    this.exitCode = code;
    this.cpu.stop = StopReason.Host;
    this.cpu.sliceEnd = 0;
    this.flushSerial();
    this.events.emit('machine:exit', { code });
  }

  private tripleFault(reason: string): void {
    this.resetReason = reason;
    this.cpu.stop = StopReason.Host;
    this.cpu.sliceEnd = 0;
    this.flushSerial();
    this.events.emit('machine:reset', { reason });
    this.cpu.reset();
  }

  /// The registers a lockstep harness compares after each instruction.
  cpuState(): CpuState {
    return readCpuState(this.cpu);
  }

  /// Sets (or clears, with null) a hook called after every executed instruction. While set, the
  /// CPU runs its hooked loop and REP string instructions advance one iteration per step.
  setInstructionHook(fn: ((pc: PC) => void) | null): void {
    this.cpu.stepHook = fn ? () => fn(this) : null;
  }

  /// The exit code written to port 0xF4, or -1.
  get exitStatus(): number {
    return this.exitCode;
  }

  /// Captures the whole machine.
  snapshot(): MachineSnapshot {
    this.flushSerial();
    const devices: Record<string, DeviceState> = {};
    for (const d of this.devices) devices[d.name] = d.getState();
    return {
      version: 1,
      memoryBytes: this.memory.size,
      ram: this.memory.u8.slice(),
      cpu: saveCpu(this.cpu),
      devices,
      timeNs: this.clock.nowNs(),
      exitCode: this.exitCode,
      resetReason: this.resetReason,
    };
  }

  /// Restores a snapshot taken from a machine with the same RAM size.
  restore(s: MachineSnapshot): void {
    if (s.version !== 1 || s.memoryBytes !== this.memory.size)
      throw new RangeError(
        `snapshot of ${s.memoryBytes} bytes of RAM cannot restore into ${this.memory.size}`,
      );
    this.memory.u8.set(s.ram);
    loadCpu(this.cpu, s.cpu);
    for (const d of this.devices) if (s.devices[d.name]) d.setState(s.devices[d.name]);
    this.clock.resumeAt(s.timeNs);
    this.exitCode = s.exitCode;
    this.resetReason = s.resetReason;
    this.serialBuf = [];
  }
}
