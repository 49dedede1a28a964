/// Turns a recorded journey (machine facts only) into the documented trace: frames with stages,
/// call depth, function/file/line names and teaching notes, the kernel calls with instruction
/// counts, and the summary facts (dispatch through sys_call_table, return value, console text).
import type { CallFact, DispatchFact, Frame, FrameRegs, JourneyTrace, Stage } from './format.ts';
import { JOURNEY_FORMAT, JOURNEY_VERSION } from './format.ts';
import { Flow } from './insn-probe.ts';
import { R_CPL, R_CS, R_EFLAGS, R_EIP, R_SS, R_TOS, STRIDE } from './insn-log.ts';
import { pictureRegs, returnSteps, trapSteps, type CpuStep } from './cpu-frames.ts';
import type { RawJourney } from './raw-journey.ts';
import type { JourneySymbols } from './symbols.ts';
import { journeyFacts } from './journey-facts.ts';
import { instructionNote } from './notes.ts';

interface OpenCall {
  readonly start: number;
  readonly fact: { -readonly [K in keyof CallFact]: CallFact[K] };
  child: number;
}

/// Registers stored with log record `k`.
export function recordRegs(raw: RawJourney, k: number): FrameRegs {
  const o = k * STRIDE;
  const r = raw.regs;
  return {
    gpr: Array.from(r.subarray(o, o + 8)),
    eip: r[o + R_EIP],
    eflags: r[o + R_EFLAGS],
    cs: r[o + R_CS],
    ss: r[o + R_SS],
    cpl: r[o + R_CPL],
  };
}

/// Default most frames a trace keeps (an Oops runs a quarter million instructions).
export const MAX_FRAMES = 20_000;

/// Builds the trace of `raw`, naming addresses with `syms`. When the journey has more than
/// `maxFrames` instructions, those nested deeper than the shallowest depth that fits are left
/// out of the frames (their calls keep their instruction counts).
export function annotateJourney(
  raw: RawJourney,
  syms: JourneySymbols,
  title: string,
  maxFrames = MAX_FRAMES,
): JourneyTrace {
  return new Annotator(raw, syms, frameDepthLimit(raw, maxFrames)).build(title);
}

/// The deepest call depth whose instructions all fit in `maxFrames` frames.
function frameDepthLimit(raw: RawJourney, maxFrames: number): number {
  if (raw.addr.length <= maxFrames) return Infinity;
  const perDepth: number[] = [];
  let depth = 0;
  for (let k = 0; k < raw.flow.length; k++) {
    perDepth[depth] = (perDepth[depth] ?? 0) + 1;
    const f = raw.flow[k] as Flow;
    if (f === Flow.Call || f === Flow.TableCall) depth++;
    else if (f === Flow.Ret && depth > 0) depth--;
  }
  let total = 0;
  for (let d = 0; d < perDepth.length; d++) {
    total += perDepth[d] ?? 0;
    if (total > maxFrames) return Math.max(0, d - 1);
  }
  return Infinity;
}

/// struct pt_regs from its top down (entry_32.S's frame layout): the slot 4*k below the kernel
/// stack's ESP0 holds PT_REGS[k - 1].
const PT_REGS = [
  'SS',
  'ESP',
  'EFLAGS',
  'CS',
  'EIP',
  'orig_eax',
  'GS',
  'FS',
  'ES',
  'DS',
  'EAX',
  'EBP',
  'EDI',
  'ESI',
  'EDX',
  'ECX',
  'EBX',
];

/// What a push stored, from its instruction: a register's name, flags, or a return address.
function pushLabel(raw: RawJourney, k: number): string | undefined {
  const text = raw.text[k];
  const flow = raw.flow[k] as Flow;
  if (flow === Flow.Call || flow === Flow.TableCall) return 'return address';
  if (text === 'pushf') return 'EFLAGS';
  const reg = /^push %(\w+)$/.exec(text);
  return reg ? reg[1].toUpperCase() : undefined;
}

/// What the trapping instruction hands the kernel: the number in EAX, the first argument.
function trapNote(raw: RawJourney): string {
  const r = raw.entry.before.regs;
  const how =
    raw.entry.cause === 'sysenter' ? 'sysenter' : `int $0x${raw.entry.vector.toString(16)}`;
  const s = raw.argStrings[0];
  const text =
    s !== null && /^[\x20-\x7e]{1,60}$/.test(s) ? ` → ${JSON.stringify(s)} in user memory` : '';
  return `${how}: EAX = ${r[0] | 0} selects the system call; EBX = 0x${r[3].toString(16)}${text}.`;
}

class Annotator {
  private readonly frames: Frame[] = [];
  private readonly calls: CallFact[] = [];
  private readonly open: OpenCall[] = [];
  private phase: Stage = 'entry';
  private depth = 0;
  private bodyDepth = -1;
  private dispatch: DispatchFact | null = null;
  private pendingReturn: OpenCall | null = null;

  constructor(
    private readonly raw: RawJourney,
    private readonly syms: JourneySymbols,
    private readonly depthLimit: number,
  ) {}

  build(title: string): JourneyTrace {
    const raw = this.raw;
    const firstKernel = raw.trapIndex >= 0 ? raw.trapIndex + 1 : raw.userBefore;
    const kernelEnd = raw.exitIndex >= 0 ? raw.exitIndex : raw.addr.length;
    for (let k = 0; k < raw.userBefore; k++) this.insn(k, 'user');
    const trapAt = raw.trapIndex >= 0 ? raw.addr[raw.trapIndex] : raw.entry.before.eip;
    if (raw.trapIndex >= 0)
      this.insn(raw.trapIndex, 'trap', pictureRegs(raw.entry.before), trapNote(raw));
    this.steps(trapSteps(raw, this.syms), 'trap', trapAt);
    for (let k = firstKernel; k < kernelEnd; k++) this.kernel(k);
    if (raw.exit && raw.exitIndex >= 0 && raw.exitIndex < raw.addr.length) {
      this.insn(raw.exitIndex, 'exit', pictureRegs(raw.exit.before));
      this.steps(returnSteps(raw.exit, raw.pops), 'return', raw.addr[raw.exitIndex]);
      for (let k = raw.exitIndex + 1; k < raw.addr.length; k++) this.insn(k, 'return');
    }
    for (const c of this.open) this.calls.push({ ...c.fact, instructions: kernelEnd - c.start });
    this.calls.sort((a, b) => a.callFrame - b.callFrame);
    const facts = journeyFacts(raw, this.syms, this.frames, this.dispatch);
    const file = this.bodyFile();
    const text = file ? this.syms.source(file) : null;
    return {
      format: JOURNEY_FORMAT,
      version: JOURNEY_VERSION,
      title,
      facts,
      calls: this.calls,
      frames: this.frames,
      sources: file && text !== null ? [{ file, text }] : [],
    };
  }

  /// The file of the handler the table (or the IRQ path) called.
  private bodyFile(): string | null {
    const f = this.frames.find((x) => x.stage === 'body' && x.depth === this.bodyDepth && x.file);
    return f?.file ?? null;
  }

  private steps(steps: CpuStep[], stage: Stage, address: number): void {
    for (const s of steps)
      this.push({
        stage,
        kind: 'cpu',
        address,
        text: s.text,
        regs: s.regs,
        stack: s.stack,
        note: s.note,
      });
  }

  private push(f: Omit<Frame, 'index' | 'fn' | 'file' | 'line' | 'depth'>): void {
    const place = this.syms.place(f.address);
    const frame: Frame = {
      index: this.frames.length,
      ...f,
      fn: place.function,
      file: place.file,
      line: place.line,
      depth: this.depth,
    };
    if (frame.stack === undefined) delete (frame as { stack?: unknown }).stack;
    if (frame.note === undefined) delete (frame as { note?: unknown }).note;
    this.frames.push(frame);
  }

  /// One recorded instruction as a frame.
  private insn(k: number, stage: Stage, regs = recordRegs(this.raw, k), note?: string): void {
    const raw = this.raw;
    const console = raw.console.find((c) => c.index === k)?.text;
    const stack = this.stackWrite(k);
    this.push({ stage, kind: 'insn', address: raw.addr[k], text: raw.text[k], regs, stack, note });
    if (console !== undefined)
      (this.frames[this.frames.length - 1] as { console?: string }).console = console;
  }

  /// A push (ESP down by 4 with the pushed value on top) writes a stack slot. The first kernel
  /// instruction's ESP before it is the one the transition loaded (the record before it is
  /// still on the user stack), so the entry stub's first push is seen too.
  private stackWrite(k: number): Frame['stack'] {
    const raw = this.raw;
    if (k === 0 || raw.flow[k - 1] === undefined) return undefined;
    const esp = raw.regs[k * STRIDE + 4];
    const firstKernel = raw.trapIndex >= 0 ? raw.trapIndex + 1 : raw.userBefore;
    const prev = k === firstKernel ? raw.entry.after.esp : raw.regs[(k - 1) * STRIDE + 4];
    if (esp !== (prev - 4) >>> 0) return this.stackStore(k);
    const slot = (this.esp0() - esp) / 4;
    const frameSlot = this.phase === 'entry' && slot >= 1 && slot <= PT_REGS.length;
    const label = frameSlot ? `pt_regs.${PT_REGS[slot - 1]}` : pushLabel(raw, k);
    return { address: esp, value: raw.regs[k * STRIDE + R_TOS], label };
  }

  /// A register stored into the pt_regs frame (`mov %eax,0x18(%esp)`: the return value).
  private stackStore(k: number): Frame['stack'] {
    const raw = this.raw;
    const m = /^mov %(e[a-d]x|e[sd]i|ebp),(0x[0-9a-f]+)?\(%esp\)$/.exec(raw.text[k]);
    if (!m) return undefined;
    const address = (raw.regs[k * STRIDE + 4] + (m[2] ? parseInt(m[2], 16) : 0)) >>> 0;
    const slot = (this.esp0() - address) / 4;
    if (!(slot >= 1 && slot <= PT_REGS.length)) return undefined;
    const reg = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'].indexOf(m[1]);
    return { address, value: raw.regs[k * STRIDE + reg], label: `pt_regs.${PT_REGS[slot - 1]}` };
  }

  /// The kernel stack's top: the TSS's ESP0, or on the sysenter path the ESP the entry code's
  /// first instruction loads from it.
  private esp0(): number {
    const raw = this.raw;
    if (raw.stackSwitch.source === 'tss') return raw.stackSwitch.esp;
    const first = raw.trapIndex + 1;
    return first < raw.addr.length ? raw.regs[first * STRIDE + 4] : 0;
  }

  /// A kernel instruction: its stage follows the entry path's landmarks.
  private kernel(k: number): void {
    const raw = this.raw;
    const flow = raw.flow[k] as Flow;
    const next = k + 1 < raw.flow.length ? (raw.flow[k + 1] as Flow) : Flow.None;
    const syscall = raw.entry.cause !== 'irq';
    if (this.phase === 'entry' && this.depth === 0) {
      if (syscall && flow === Flow.CmpEax && next === Flow.Jae) this.phase = 'dispatch';
      if (!syscall && flow === Flow.Call) this.phase = 'dispatch';
    }
    if (this.pendingReturn) {
      this.pendingReturn.fact.returnFrame = this.frames.length;
      this.pendingReturn = null;
    }
    const stage = this.phase;
    if (this.depth <= this.depthLimit)
      this.insn(k, stage, undefined, instructionNote(raw, k, this.syms, stage === 'entry'));
    this.afterInsn(k, flow, syscall);
  }

  private afterInsn(k: number, flow: Flow, syscall: boolean): void {
    const raw = this.raw;
    if (this.phase === 'dispatch' && flow === Flow.CmpEax) this.bound(k);
    if (this.phase === 'dispatch' && flow === Flow.Jae && this.dispatch?.rejected)
      this.phase = 'exit';
    if (flow === Flow.Call || flow === Flow.TableCall) {
      if (flow === Flow.TableCall && this.dispatch) this.table(k);
      if (this.phase === 'dispatch' && (flow === Flow.TableCall || !syscall)) {
        this.phase = 'body';
        this.bodyDepth = this.depth + 1;
      }
      this.openCall(k);
      this.depth++;
    } else if (flow === Flow.Ret && this.depth > 0) {
      this.depth--;
      this.closeCall(k);
      if (this.phase === 'body' && this.depth < this.bodyDepth) this.phase = 'exit';
    }
    void raw;
  }

  private bound(k: number): void {
    const eax = this.raw.regs[k * STRIDE] >>> 0;
    const limit = this.raw.value[k];
    this.dispatch = {
      limit,
      rejected: eax >= limit,
      tableAddress: 0,
      index: eax,
      entryAddress: 0,
      target: 0,
      targetName: null,
    };
  }

  private table(k: number): void {
    const raw = this.raw;
    const tableAddress = raw.value[k];
    const index = raw.regs[k * STRIDE] >>> 0;
    const target = k + 1 < raw.addr.length ? raw.addr[k + 1] : raw.tableEntry >>> 0;
    this.dispatch = {
      ...this.dispatch!,
      tableAddress,
      index,
      entryAddress: (tableAddress + 4 * index) >>> 0,
      target: raw.tableEntry >>> 0,
      targetName: this.syms.nameOf(target),
    };
  }

  private openCall(k: number): void {
    const raw = this.raw;
    const address = k + 1 < raw.addr.length ? raw.addr[k + 1] : 0;
    this.open.push({
      start: k + 1,
      child: 0,
      fact: {
        name: this.syms.place(address).function,
        address,
        depth: this.depth + 1,
        callFrame: this.frames.length - 1,
        returnFrame: -1,
        instructions: 0,
        selfInstructions: 0,
      },
    });
  }

  private closeCall(k: number): void {
    const c = this.open.pop();
    if (!c) return;
    const instructions = k + 1 - c.start;
    c.fact.instructions = instructions;
    c.fact.selfInstructions = instructions - c.child;
    const parent = this.open[this.open.length - 1];
    if (parent) parent.child += instructions;
    this.calls.push(c.fact);
    this.pendingReturn = c;
  }
}
