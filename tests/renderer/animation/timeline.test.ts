// The trace view's precomputed timeline, on a journey recorded from the lab kernel (an unknown
// syscall number, 9999, taking the ENOSYS path): stops per detail level, stage starts, changed
// registers, stack writes, and the same timeline after a save and reload.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTrace, saveTrace, STAGES } from '../../../emulator/trace/journey/index.ts';
import {
  buildTimeline,
  nextStop,
  previousStop,
  REG_NAMES,
  stackAt,
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

  it('gives the same timeline after a save and reload', () => {
    const again = buildTimeline(loadTrace(saveTrace(trace), 'again.json'));
    expect(again.length).toBe(t.length);
    expect(Array.from(again.changed)).toEqual(Array.from(t.changed));
    expect(Array.from(again.stops.functions)).toEqual(Array.from(t.stops.functions));
    expect(again.consoleText).toBe(t.consoleText);
    expect(again.trace.frames).toEqual(trace.frames);
  });
});
