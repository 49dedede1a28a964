// Everything the trace view needs per frame, computed once when a trace is opened: which frames
// each detail level steps through, which registers changed at each frame, where each stage
// starts, where the user and the kernel stack pointers are, and the stack writes in order.
// Playing then only reads typed arrays, and the stacks move with a cursor that applies or undoes
// just the writes between two frames, so thousands of frames animate smoothly.
import type {
  Frame,
  JourneyTrace,
  Stage,
  StackWrite,
} from '../../emulator/trace/journey/format.ts';
import { STAGES } from '../../emulator/trace/journey/format.ts';

/// How finely play and step move: one stop per stage, per kernel function call/return, or per
/// frame (every instruction and CPU step).
export type DetailLevel = 'stages' | 'functions' | 'instructions';

/// Register names in the order of FrameRegs.gpr, then the other registers the view shows.
export const REG_NAMES = [
  'EAX',
  'ECX',
  'EDX',
  'EBX',
  'ESP',
  'EBP',
  'ESI',
  'EDI',
  'EIP',
  'EFLAGS',
  'CS',
  'SS',
] as const;

/// The precomputed view of one trace.
export interface Timeline {
  readonly trace: JourneyTrace;
  readonly length: number;
  /// Frame indexes each level stops at, ascending.
  readonly stops: Readonly<Record<DetailLevel, Int32Array>>;
  /// First frame of each stage (-1 when the journey has none).
  readonly stageStart: Readonly<Record<Stage, number>>;
  /// Per frame, bit k set when REG_NAMES[k] differs from the previous frame.
  readonly changed: Uint16Array;
  /// Per frame, its stage as an index into STAGES.
  readonly stage: Uint8Array;
  /// Stack writes in frame order: frame, address, value; the user stack dwords read at the trap
  /// come first, at frame -1.
  readonly writeFrame: Int32Array;
  readonly writeAddr: Uint32Array;
  readonly writeValue: Uint32Array;
  readonly writeLabel: readonly (string | undefined)[];
  /// Per write, the previous write to the same address (-1: none), to undo a write.
  readonly writePrev: Int32Array;
  /// Every address written, ascending and once.
  readonly addresses: Uint32Array;
  /// Per frame, the user stack's ESP (the last user-half ESP so far) and the kernel stack's
  /// (the frame's ESP while it points into the kernel half, else the kernel stack's top).
  readonly userEsp: Uint32Array;
  readonly kernelEsp: Uint32Array;
  /// The kernel stack's top: the end of the 8 KiB THREAD_SIZE block the kernel ESP is in.
  readonly kernelTop: number;
  /// Console text written up to and including each frame: the index into `consoleText`.
  readonly consoleEnd: Int32Array;
  readonly consoleText: string;
}

function regValues(f: Frame): number[] {
  const r = f.regs;
  return [...r.gpr, r.eip, r.eflags, r.cs, r.ss];
}

function changedMask(prev: Frame | undefined, f: Frame): number {
  if (!prev) return 0;
  const a = regValues(prev);
  const b = regValues(f);
  let m = 0;
  for (let k = 0; k < b.length; k++) if (a[k] !== b[k]) m |= 1 << k;
  return m;
}

/// Frames where a function is entered or left, or a stage begins.
function functionStops(frames: readonly Frame[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    const prev = frames[i - 1];
    if (!prev || prev.stage !== f.stage || prev.fn !== f.fn || prev.depth !== f.depth) out.push(i);
  }
  return out;
}

/// Addresses from here up are the kernel's (PAGE_OFFSET).
export const KERNEL_HALF = 0xc0000000;
/// The kernel stack of a task (THREAD_SIZE, thread_info at its bottom).
const THREAD_SIZE = 0x2000;

interface Write {
  readonly frame: number;
  readonly stack: StackWrite;
}

/// The top of the THREAD_SIZE block holding the word below `esp` (ESP0 itself for an empty
/// stack).
function blockTop(esp: number): number {
  return ((((esp - 1) & ~(THREAD_SIZE - 1)) >>> 0) + THREAD_SIZE) >>> 0;
}

/// Where both stack pointers are at each frame.
function stackPointers(frames: readonly Frame[]): {
  userEsp: Uint32Array;
  kernelEsp: Uint32Array;
  kernelTop: number;
} {
  const n = frames.length;
  const userEsp = new Uint32Array(n);
  const kernelEsp = new Uint32Array(n);
  // The block most kernel frames are in: the sysenter path's first kernel ESP (SYSENTER_ESP)
  // is a scratch stack, the thread's own is loaded one instruction later.
  const blocks = new Map<number, number>();
  for (const f of frames) {
    const esp = f.regs.gpr[4] >>> 0;
    if (esp >= KERNEL_HALF) blocks.set(blockTop(esp), (blocks.get(blockTop(esp)) ?? 0) + 1);
  }
  let kernelTop = 0;
  for (const [top, count] of blocks) if (count > (blocks.get(kernelTop) ?? 0)) kernelTop = top;
  let user = frames[0]?.regs.gpr[4] >>> 0;
  for (let i = 0; i < n; i++) {
    const esp = frames[i].regs.gpr[4] >>> 0;
    const inKernel = esp >= KERNEL_HALF;
    if (!inKernel) user = esp;
    userEsp[i] = user;
    kernelEsp[i] = inKernel && esp < kernelTop && esp >= kernelTop - THREAD_SIZE ? esp : kernelTop;
  }
  return { userEsp, kernelEsp, kernelTop };
}

/// Builds the timeline of `trace`.
export function buildTimeline(trace: JourneyTrace): Timeline {
  const frames = trace.frames;
  const n = frames.length;
  const changed = new Uint16Array(n);
  const stage = new Uint8Array(n);
  const consoleEnd = new Int32Array(n);
  const stageStart = Object.fromEntries(STAGES.map((s) => [s, -1])) as Record<Stage, number>;
  const stageStops: number[] = [];
  const writes: Write[] = (trace.facts.userStack ?? []).map((stack) => ({ frame: -1, stack }));
  let consoleText = '';
  for (let i = 0; i < n; i++) {
    const f = frames[i];
    changed[i] = changedMask(frames[i - 1], f);
    stage[i] = STAGES.indexOf(f.stage);
    if (stageStart[f.stage] < 0) {
      stageStart[f.stage] = i;
      stageStops.push(i);
    }
    if (f.stack) writes.push({ frame: i, stack: f.stack });
    if (f.console) consoleText += f.console;
    consoleEnd[i] = consoleText.length;
  }
  const writeAddr = Uint32Array.from(writes, (w) => w.stack.address >>> 0);
  return {
    trace,
    length: n,
    stops: {
      stages: Int32Array.from(stageStops),
      functions: Int32Array.from(functionStops(frames)),
      instructions: Int32Array.from({ length: n }, (_, i) => i),
    },
    stageStart,
    changed,
    stage,
    writeFrame: Int32Array.from(writes, (w) => w.frame),
    writeAddr,
    writeValue: Uint32Array.from(writes, (w) => w.stack.value >>> 0),
    writeLabel: writes.map((w) => w.stack.label),
    writePrev: previousWrites(writeAddr),
    addresses: Uint32Array.from(new Set(writeAddr)).sort(),
    ...stackPointers(frames),
    consoleEnd,
    consoleText,
  };
}

/// For each write, the index of the previous write to its address (-1 for the first).
function previousWrites(addr: Uint32Array): Int32Array {
  const prev = new Int32Array(addr.length);
  const last = new Map<number, number>();
  for (let w = 0; w < addr.length; w++) {
    prev[w] = last.get(addr[w]) ?? -1;
    last.set(addr[w], w);
  }
  return prev;
}

/// The next stop after `frame` at `level` (the last frame when there is none).
export function nextStop(t: Timeline, level: DetailLevel, frame: number): number {
  const s = t.stops[level];
  let lo = 0,
    hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] <= frame) lo = mid + 1;
    else hi = mid;
  }
  return lo < s.length ? s[lo] : t.length - 1;
}

/// The previous stop before `frame` at `level` (0 when there is none).
export function previousStop(t: Timeline, level: DetailLevel, frame: number): number {
  const s = t.stops[level];
  let lo = 0,
    hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] < frame) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? s[lo - 1] : 0;
}

/// One stack slot as the view shows it.
export interface StackSlot {
  readonly address: number;
  readonly value: number;
  readonly label: string | undefined;
  /// Written by the current frame.
  readonly fresh: boolean;
}

/// The stack slots as of one frame. Moving to another frame applies (forward) or undoes
/// (backward) only the writes in between, and `slots` visits only written addresses, so asking
/// on every animation frame costs next to nothing however long the journey is.
export class StackCursor {
  /// Address -> index of the write it holds now.
  private readonly latest = new Map<number, number>();
  /// Writes [0, applied) are in `latest`.
  private applied = 0;
  private frame = -1;

  constructor(private readonly t: Timeline) {
    this.moveTo(-1);
  }

  /// Makes the slots those of frame `frame` (every write at or before it).
  moveTo(frame: number): this {
    const t = this.t;
    while (this.applied < t.writeFrame.length && t.writeFrame[this.applied] <= frame) {
      const w = this.applied++;
      this.latest.set(t.writeAddr[w], w);
    }
    while (this.applied > 0 && t.writeFrame[this.applied - 1] > frame) {
      const w = --this.applied;
      const prev = t.writePrev[w];
      if (prev < 0) this.latest.delete(t.writeAddr[w]);
      else this.latest.set(t.writeAddr[w], prev);
    }
    this.frame = frame;
    return this;
  }

  /// The written slots between `esp` and `top` (exclusive), highest address first; at most
  /// `max`, the ones nearest ESP (the newest) when there are more.
  slots(esp: number, top: number, max: number): StackSlot[] {
    const t = this.t;
    const a = t.addresses;
    let lo = 0,
      hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] < esp >>> 0) lo = mid + 1;
      else hi = mid;
    }
    const out: StackSlot[] = [];
    for (let k = lo; k < a.length && a[k] < top >>> 0 && out.length < max; k++) {
      const w = this.latest.get(a[k]);
      if (w === undefined) continue;
      out.push({
        address: a[k],
        value: t.writeValue[w],
        label: t.writeLabel[w],
        fresh: t.writeFrame[w] === this.frame,
      });
    }
    return out.reverse();
  }
}

/// The slots of the stack between `esp` and `top` (exclusive) as of `frame`: the latest write
/// to each address at or before the frame, highest address first; at most `max` slots, the
/// ones nearest ESP (the newest) when there are more. (One-off form of StackCursor.)
export function stackAt(
  t: Timeline,
  frame: number,
  esp: number,
  top: number,
  max: number,
): StackSlot[] {
  return new StackCursor(t).moveTo(frame).slots(esp, top, max);
}
