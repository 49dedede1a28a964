import type { GuestImage } from '../../support/guest-build.ts';
import { FlagTracker } from './flag-tracking.ts';
import type { ObjdumpInsn } from './objdump-map.ts';
import { emulatorMissing, loadEmulator, type EmulatorModule } from './our-pc.ts';
import { runInWorker } from './in-worker.ts';
import { objdumpInstructions } from './objdump-map.ts';
import type { QemuEvent, QemuState, QemuTrace } from './qemu-log.ts';

/// One of our states, in QEMU's shape, with what the flag tracker allows to differ there.
export interface OurState extends QemuState {
  /// EIP of the instruction that produced this state (-1 when an interrupt came between).
  readonly prevEip: number;
  readonly undef: number;
  readonly taint: readonly number[];
}

/// An exception as both sides report it.
export interface TraceException {
  readonly vector: number;
  readonly error: number;
  readonly eip: number;
}

/// What our PC did: states before every instruction whose EIP lies in the ranges, and faults.
export interface OurTrace {
  readonly states: OurState[];
  readonly exceptions: TraceException[];
}

/// Half-open address ranges [start, end).
export type Ranges = readonly (readonly [number, number])[];

/// True when `eip` lies in one of the ranges.
export function inRanges(ranges: Ranges, eip: number): boolean {
  for (const [a, b] of ranges) if (eip >= a && eip < b) return true;
  return false;
}

type CpuState = ReturnType<InstanceType<EmulatorModule['PC']>['cpuState']>;

/// Collects our states from the per-instruction hook and the exception events.
class OurRecorder {
  readonly states: OurState[] = [];
  readonly exceptions: TraceException[] = [];
  private readonly flags = new FlagTracker();
  /// An interrupt or exception came since the last hook call: the state after it is not the
  /// result of the instruction before it.
  private interrupted = false;
  private prev: CpuState | null = null;
  /// Instruction count when the last in-range state was recorded (runaway detection).
  lastRecordedAt = 0;

  constructor(
    private readonly ranges: Ranges,
    private readonly disasm: ReadonlyMap<number, ObjdumpInsn>,
    private readonly maxStates: number,
  ) {}

  get full(): boolean {
    return this.states.length >= this.maxStates;
  }

  onException(vector: number, errorCode: number, eip: number): void {
    this.onInterrupt();
    if (vector === 3 || vector === 4) return; // int3/into: software, as QEMU's i=1
    this.exceptions.push({ vector, error: errorCode < 0 ? 0 : errorCode, eip: eip >>> 0 });
  }

  onInterrupt(): void {
    this.flags.onInterrupt();
    this.interrupted = true;
  }

  /// The state before the first instruction, then the state after each one.
  onState(s: CpuState): void {
    const prev = this.prev;
    const executed = !prev ? 0 : this.interrupted ? -1 : prev.eip;
    if (prev && !this.interrupted)
      this.flags.onInstruction(this.disasm.get(prev.eip), prev.regs[1]);
    this.interrupted = false;
    this.prev = s;
    if (!inRanges(this.ranges, s.eip) || this.full) return;
    const { eip, eflags, cpl, cr0, cr2, cr3 } = s;
    const f = this.flags;
    const sel = [s.es, s.cs, s.ss, s.ds, s.fs, s.gs];
    const state = { eip, regs: [...s.regs], eflags, cpl, cr0, cr2, cr3, sel };
    this.states.push({
      ...state,
      afterEvent: executed < 0,
      prevEip: executed,
      undef: f.undef,
      taint: [...f.taint],
    });
  }
}

/// Runs the kernel on our PC with the per-instruction hook, recording up to `maxStates` states.
export function recordOurs(
  mod: EmulatorModule,
  image: GuestImage,
  ranges: Ranges,
  disasm: ReadonlyMap<number, ObjdumpInsn>,
  maxStates: number,
): OurTrace {
  const pc = new mod.PC({ memoryBytes: 32 << 20, clock: 'deterministic' });
  const rec = new OurRecorder(ranges, disasm, maxStates);
  pc.on('cpu:exception', (e) => rec.onException(e.vector, e.errorCode, e.eip));
  pc.on('irq', () => rec.onInterrupt());
  pc.loadMultiboot(image.elf, { cmdline: 'oracle=1' });
  rec.onState(pc.cpuState());
  pc.setInstructionHook((p) => rec.onState(p.cpuState()));
  // A run that has left the compared code for 20 million instructions has run away (the
  // comparison then reports where our states stop); so has one past the wall-clock limit.
  const deadline = Date.now() + 60_000;
  while (!rec.full && Date.now() < deadline) {
    const r = pc.run(1_000_000);
    if (r.reason !== 'budget' || pc.cpuState().icount - rec.lastRecordedAt > 20_000_000) break;
  }
  pc.setInstructionHook(null);
  return { states: rec.states, exceptions: rec.exceptions };
}

const NAMES = ['EAX', 'ECX', 'EDX', 'EBX', 'ESP', 'EBP', 'ESI', 'EDI'];
const SEGS = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'];
/// EFLAGS bits compared besides the arithmetic ones: TF IF DF IOPL NT AC ID (not RF, VM).
const CONTROL_FLAGS = 0x00247700;
/// CR0 bits both machines must agree on: PE MP EM TS ET NE WP AM NW CD PG.
const CR0_MASK = 0xe005003f;

function h(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}

function showState(s: QemuState): string {
  const regs = s.regs.map((v, i) => `${NAMES[i]}=${h(v)}`).join(' ');
  const segs = s.sel.map((v, i) => `${SEGS[i]}=${v.toString(16).padStart(4, '0')}`).join(' ');
  return `EIP=${h(s.eip)} ${regs} EFL=${h(s.eflags)} CPL=${s.cpl} ${segs} CR0=${h(s.cr0)} CR2=${h(s.cr2)} CR3=${h(s.cr3)}`;
}

/// The fields of one aligned pair that differ beyond what the manuals leave undefined.
export function differingFields(q: QemuState, o: OurState): string[] {
  const out: string[] = [];
  q.regs.forEach((v, i) => {
    if (((v ^ o.regs[i]) & ~o.taint[i]) !== 0) out.push(NAMES[i]);
  });
  const flagMask = (0x8d5 & ~o.undef) | CONTROL_FLAGS;
  if (((q.eflags ^ o.eflags) & flagMask) !== 0)
    out.push(`EFLAGS(${h((q.eflags ^ o.eflags) & flagMask)})`);
  if (q.cpl !== o.cpl) out.push('CPL');
  SEGS.forEach((name, i) => {
    if (q.sel[i] !== o.sel[i]) out.push(name);
  });
  if (((q.cr0 ^ o.cr0) & CR0_MASK) !== 0) out.push('CR0');
  if (q.cr2 !== o.cr2) out.push('CR2');
  if (q.cr3 !== o.cr3) out.push('CR3');
  return out;
}

function describeInsn(disasm: ReadonlyMap<number, ObjdumpInsn>, eip: number): string {
  if (eip < 0) return '(an interrupt or exception was delivered before this state)';
  const insn = disasm.get(eip);
  if (!insn) return `${h(eip)}: (no disassembly at this address)`;
  const bytes = insn.bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return `${h(eip)}: ${bytes}  ${insn.text}`;
}

/// Walks both traces from `syncEip` on and reports the first divergence (null when none).
/// QEMU also logs the first instruction of each handler, which our hook does not see: such a
/// state (flagged afterEvent) is skipped when the EIPs differ there.
export function compareTraces(
  qemu: QemuTrace,
  ours: OurTrace,
  disasm: ReadonlyMap<number, ObjdumpInsn>,
  syncEip: number,
): { report: string | null; compared: number } {
  const qStart = qemu.states.findIndex((s) => s.eip === syncEip);
  const oStart = ours.states.findIndex((s) => s.eip === syncEip);
  if (qStart < 0 || oStart < 0) {
    const who = qStart < 0 ? 'QEMU' : 'our PC';
    return { report: `${who} never reached the sync point ${h(syncEip)}`, compared: 0 };
  }
  const q = qemu.states.slice(qStart);
  const o = ours.states.slice(oStart);
  let j = 0;
  let compared = 0;
  for (let i = 0; i < q.length && j < o.length; i++) {
    if (q[i].eip !== o[j].eip) {
      if (q[i].afterEvent) continue;
      return { report: divergence(q, o, i, j, ['EIP'], disasm), compared };
    }
    const fields = differingFields(q[i], o[j]);
    if (fields.length > 0) return { report: divergence(q, o, i, j, fields, disasm), compared };
    compared++;
    j++;
    if (j === o.length && i + 1 < q.length) {
      const report = [
        `our PC produced no further state in the compared code after ${compared} matching states`,
        `  last:      ${showState(o[j - 1])}`,
        `  QEMU next: ${showState(q[i + 1])}`,
      ].join('\n');
      return { report, compared };
    }
  }
  return { report: null, compared };
}

function divergence(
  q: readonly QemuState[],
  o: readonly OurState[],
  i: number,
  j: number,
  fields: readonly string[],
  disasm: ReadonlyMap<number, ObjdumpInsn>,
): string {
  return [
    `first divergence after ${j} matching states, in ${fields.join(', ')}`,
    `  executed: ${describeInsn(disasm, o[j].prevEip)}`,
    `  previous: QEMU ${i > 0 ? showState(q[i - 1]) : '-'}`,
    `  QEMU:     ${showState(q[i])}`,
    `  ours:     ${showState(o[j])}`,
    `  (undefined flags here: ${h(o[j].undef)})`,
  ].join('\n');
}

/// Compares the faults both machines delivered (not int3/into/int n, not IRQs), in order.
export function compareExceptions(
  qemu: readonly QemuEvent[],
  ours: readonly TraceException[],
): string | null {
  // Events before the first kernel state belong to the firmware.
  const ref = qemu.filter(
    (e) => e.beforeState > 0 && !e.software && !e.hardware && e.vector !== 3 && e.vector !== 4,
  );
  for (let k = 0; k < Math.max(ref.length, ours.length); k++) {
    const a = ref[k];
    const b = ours[k];
    if (!a || !b || a.vector !== b.vector || a.error !== b.error || a.eip !== b.eip) {
      const show = (e: { vector: number; error: number; eip: number } | undefined): string =>
        e ? `vector ${e.vector} error ${h(e.error)} eip ${h(e.eip)}` : '<none>';
      return `exception ${k + 1} differs: QEMU ${show(a)}, ours ${show(b)}`;
    }
  }
  return null;
}

/// Worker side of recordOursIsolated: loads the emulator and the disassembly itself.
export async function recordOursWorker(
  image: GuestImage,
  ranges: Ranges,
  maxStates: number,
): Promise<OurTrace> {
  const mod = await loadEmulator();
  if (!mod) throw new Error(emulatorMissing(mod) ?? 'no emulator');
  return recordOurs(mod, image, ranges, objdumpInstructions(image.elfPath), maxStates);
}

/// recordOurs in a worker thread, ended after `timeoutMs` if our PC never returns.
export function recordOursIsolated(
  image: GuestImage,
  ranges: Ranges,
  maxStates: number,
  timeoutMs = 90_000,
): Promise<OurTrace> {
  return runInWorker(
    new URL(import.meta.url),
    'recordOursWorker',
    [image, ranges, maxStates],
    timeoutMs,
  );
}
