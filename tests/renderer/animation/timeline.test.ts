// The trace view's precomputed timeline, on a journey recorded from the lab kernel (an unknown
// syscall number, 9999, taking the ENOSYS path): stops per detail level, stage starts, changed
// registers, stack writes (one-off and through the moving cursor), both stack pointers, and the
// same timeline after a save and reload.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTrace, saveTrace, STAGES } from '../../../emulator/trace/journey/index.ts';
import {
  buildTimeline,
  nextStop,
  previousStop,
  REG_NAMES,
  stackAt,
  StackCursor,
} from '../../../renderer/animation/timeline.ts';

const file = new URL('./testdata/enosys-9999.json', import.meta.url);
const trace = loadTrace(readFileSync(file, 'utf8'), 'enosys-9999.json');

describe('trace timeline', () => {
  const t = buildTimeline(trace);

  it('stops once per stage, in order, and steps back the same way', () => {
    const starts = Array.from(t.stops.stages);
    expect(starts[0]).toBe(0);
    expect(starts.map((i) => trace.frames[i].stage)).toEqual(STAGES.filter((s) => s !== 'body'));
    let at = 0;
    const visited = [at];
    while (at < t.length - 1) visited.push((at = nextStop(t, 'stages', at)));
    expect(visited.slice(0, starts.length)).toEqual(starts);
    expect(previousStop(t, 'stages', t.stageStart.dispatch)).toBe(t.stageStart.entry);
    expect(nextStop(t, 'instructions', 5)).toBe(6);
    expect(previousStop(t, 'instructions', 0)).toBe(0);
  });

  it('marks the registers each frame changed', () => {
    const cpl = t.stageStart.trap;
    const switched = trace.frames.findIndex((f) => f.text.startsWith('CPL 3'));
    expect(cpl).toBeGreaterThan(0);
    const tss = trace.frames.findIndex((f) => f.text.startsWith('load SS0:ESP0'));
    const names = (i: number) => REG_NAMES.filter((_, k) => (t.changed[i] & (1 << k)) !== 0);
    expect(names(tss)).toEqual(['ESP', 'SS']);
    expect(names(switched)).toEqual(expect.arrayContaining(['EIP', 'CS']));
    expect(t.changed[0]).toBe(0);
  });

  it('rebuilds the kernel stack from the pushes', () => {
    const ss0 = trace.facts.stackSwitch!.esp;
    const last = trace.frames.findLastIndex((f) => f.stage === 'dispatch');
    const slots = stackAt(t, last, trace.frames[last].regs.gpr[4], ss0, 64);
    expect(slots.slice(0, 5).map((s) => s.label)).toEqual(['SS', 'ESP', 'EFLAGS', 'CS', 'EIP']);
    expect(slots.some((s) => s.value === 9999)).toBe(true); // SAVE_ALL's saved EAX
  });

  it('moves the stack cursor back and forth to the same slots as a rebuild from scratch', () => {
    const ss0 = trace.facts.stackSwitch!.esp;
    const cursor = new StackCursor(t);
    const frames = [t.length - 1, 0, t.stageStart.dispatch, t.stageStart.trap + 3, 5, t.length - 1];
    for (const i of frames) {
      const esp = t.kernelEsp[i];
      expect(cursor.moveTo(i).slots(esp, ss0, 64)).toEqual(stackAt(t, i, esp, ss0, 64));
    }
    // in ring 3 before the trap and after the return, the kernel stack is empty
    expect(cursor.moveTo(0).slots(t.kernelEsp[0], t.kernelTop, 64)).toEqual([]);
    const last = t.length - 1;
    expect(cursor.moveTo(last).slots(t.kernelEsp[last], t.kernelTop, 64)).toEqual([]);
  });

  it('follows both stack pointers: the user one waits while the kernel one moves', () => {
    const trap = t.stageStart.trap;
    const body = t.stageStart.dispatch;
    expect(t.kernelTop).toBe(Math.ceil(trace.facts.stackSwitch!.esp / 0x2000) * 0x2000);
    expect(t.userEsp[body]).toBe(trace.frames[trap].regs.gpr[4] >>> 0);
    expect(t.kernelEsp[body]).toBe(trace.frames[body].regs.gpr[4] >>> 0);
    expect(t.kernelEsp[0]).toBe(t.kernelTop);
  });

  it('shows the user stack read at the trap from the first frame on', () => {
    const esp = trace.frames[0].regs.gpr[4] >>> 0;
    const userStack = [0, 1, 2].map((k) => ({ address: esp + 4 * k, value: 0x1000 + k }));
    const seeded = buildTimeline({ ...trace, facts: { ...trace.facts, userStack } });
    const slots = new StackCursor(seeded).moveTo(0).slots(esp, 0xc0000000, 8);
    expect(slots.map((s) => s.value)).toEqual([0x1002, 0x1001, 0x1000]);
    expect(slots.every((s) => !s.fresh)).toBe(true);
  });

  it('gives the same timeline after a save and reload', () => {
    const again = buildTimeline(loadTrace(saveTrace(trace), 'again.json'));
    expect(again.length).toBe(t.length);
    expect(Array.from(again.changed)).toEqual(Array.from(t.changed));
    expect(Array.from(again.stops.functions)).toEqual(Array.from(t.stops.functions));
    expect(again.consoleText).toBe(t.consoleText);
    expect(again.trace.frames).toEqual(trace.frames);
  });
});
