// Everything the trace view needs per frame, computed once when a trace is opened: which frames
// each detail level steps through, which registers changed at each frame, where each stage
// starts, and the stack writes in order. Playing then only reads typed arrays (no per-frame
// allocation), so thousands of frames animate smoothly.
import type { Frame, JourneyTrace, Stage } from '../../emulator/trace/journey/format.ts';
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
  /// Stack writes in frame order: frame, address, value.
  readonly writeFrame: Int32Array;
  readonly writeAddr: Uint32Array;
  readonly writeValue: Uint32Array;
  readonly writeLabel: readonly (string | undefined)[];
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

/// Builds the timeline of `trace`.
export function buildTimeline(trace: JourneyTrace): Timeline {
  const frames = trace.frames;
  const n = frames.length;
  const changed = new Uint16Array(n);
  const stage = new Uint8Array(n);
  const consoleEnd = new Int32Array(n);
  const stageStart = Object.fromEntries(STAGES.map((s) => [s, -1])) as Record<Stage, number>;
  const stageStops: number[] = [];
  const writes: Frame[] = [];
  let consoleText = '';
  for (let i = 0; i < n; i++) {
    const f = frames[i];
    changed[i] = changedMask(frames[i - 1], f);
    stage[i] = STAGES.indexOf(f.stage);
    if (stageStart[f.stage] < 0) {
      stageStart[f.stage] = i;
      stageStops.push(i);
    }
    if (f.stack) writes.push(f);
    if (f.console) consoleText += f.console;
    consoleEnd[i] = consoleText.length;
  }
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
    writeFrame: Int32Array.from(writes, (f) => f.index),
    writeAddr: Uint32Array.from(writes, (f) => f.stack!.address >>> 0),
    writeValue: Uint32Array.from(writes, (f) => f.stack!.value >>> 0),
    writeLabel: writes.map((f) => f.stack!.label),
    consoleEnd,
    consoleText,
  };
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

/// The slots of the stack between `esp` and `top` (exclusive) as of `frame`: the latest write
/// to each address at or before the frame, highest address first; at most `max` slots, the
/// ones nearest ESP (the newest) when there are more.
export function stackAt(
  t: Timeline,
  frame: number,
  esp: number,
  top: number,
  max: number,
): StackSlot[] {
  const latest = new Map<number, number>();
  for (let w = 0; w < t.writeFrame.length && t.writeFrame[w] <= frame; w++) {
    const a = t.writeAddr[w];
    if (a >= esp && a < top) latest.set(a, w);
  }
  const slots = [...latest.entries()].sort((x, y) => y[0] - x[0]).slice(-max);
  return slots.map(([address, w]) => ({
    address,
    value: t.writeValue[w],
    label: t.writeLabel[w],
    fresh: t.writeFrame[w] === frame,
  }));
}
