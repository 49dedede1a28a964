/// The CPU's own steps of a transition as animation frames: what int $0x80 / an IRQ /
/// sysenter does before the first kernel instruction (gate, privilege check, stack switch,
/// pushes, CPL change) and what iret / sysexit does on the way back. Every value comes from the
/// recorded event and the memory read at that moment.
import type { CpuPicture, PrivilegeEvent } from '../events.ts';
import type { FrameRegs, StackWrite } from './format.ts';
import type { RawJourney } from './raw-journey.ts';
import type { JourneySymbols } from './symbols.ts';

/// A frame before it gets its index, stage and place.
export interface CpuStep {
  readonly text: string;
  readonly regs: FrameRegs;
  readonly stack?: StackWrite;
  readonly note: string;
}

const hex = (v: number, w = 8) => `0x${(v >>> 0).toString(16).padStart(w, '0')}`;
const sel = (v: number) => `0x${(v >>> 0).toString(16).padStart(4, '0')}`;

/// Registers of an event picture.
export function pictureRegs(p: CpuPicture): FrameRegs {
  return { gpr: [...p.regs], eip: p.eip, eflags: p.eflags, cs: p.cs, ss: p.ss, cpl: p.cpl };
}

function withRegs(r: FrameRegs, change: Partial<FrameRegs> & { esp?: number }): FrameRegs {
  const gpr = [...r.gpr];
  if (change.esp !== undefined) gpr[4] = change.esp >>> 0;
  return { ...r, ...change, gpr };
}

/// The steps from the trapping instruction (or the IRQ) to the first kernel instruction.
export function trapSteps(raw: RawJourney, syms: JourneySymbols): CpuStep[] {
  const e = raw.entry;
  const before = pictureRegs(e.before);
  const after = pictureRegs(e.after);
  const target = syms.nameOf(e.after.eip) ?? hex(e.after.eip);
  const steps: CpuStep[] = [];
  if (e.cause === 'sysenter') {
    const s = raw.stackSwitch;
    steps.push({
      text: 'read the SYSENTER MSRs',
      regs: before,
      note: `No IDT, no TSS read, no pushes: CS = SYSENTER_CS ${sel(s.msrCs ?? 0)}, EIP = SYSENTER_EIP ${hex(s.msrEip ?? 0)} (${target}), SS = CS + 8, ESP = SYSENTER_ESP ${hex(s.esp)}.`,
    });
  } else gateSteps(raw, before, steps, target);
  steps.push({
    text: `CPL ${e.before.cpl} → ${e.after.cpl}`,
    regs: after,
    note: `Ring ${e.before.cpl} → ring ${e.after.cpl}: CS:EIP = ${sel(e.after.cs)}:${hex(e.after.eip)} (${target}), SS:ESP = ${sel(e.after.ss)}:${hex(e.after.esp)}${e.cause === 'sysenter' ? '' : ', interrupts ' + ((e.after.eflags & 0x200) !== 0 ? 'stay on (trap gate)' : 'off (interrupt gate)')}.`,
  });
  return steps;
}

function gateSteps(raw: RawJourney, before: FrameRegs, steps: CpuStep[], target: string): void {
  const g = raw.gate!;
  const kind = g.type === 0xf ? 'trap gate' : g.type === 0xe ? 'interrupt gate' : `type ${g.type}`;
  steps.push({
    text: `read IDT gate ${hex(g.vector, 2)}`,
    regs: before,
    note: `IDTR.base + ${hex(g.vector, 2)} × 8 = ${hex(g.address)}: ${kind}, selector ${sel(g.selector)}, offset ${hex(g.offset)} (${target}), DPL ${g.dpl}.`,
  });
  const software = raw.entry.cause === 'int';
  steps.push({
    text: software ? `check DPL ${g.dpl} ≥ CPL ${g.cpl}` : 'hardware interrupt: no DPL check',
    regs: before,
    note: software
      ? `The gate's DPL ${g.dpl} ≥ the caller's CPL ${g.cpl}, so user code may use this vector (a DPL 0 gate would raise #GP).`
      : 'An external interrupt does not check the gate DPL against the CPL; only int n does.',
  });
  const s = raw.stackSwitch;
  const kernel = withRegs(before, { ss: s.ss, esp: s.esp });
  steps.push({
    text: 'load SS0:ESP0 from the TSS',
    regs: kernel,
    note: `The kernel stack for ring 0 comes from the TSS at ${hex(s.address - 4)}: SS0 = ${sel(s.ss)}, ESP0 = ${hex(s.esp)} (read at ${hex(s.address)}).`,
  });
  let regs = kernel;
  for (const p of raw.pushes) {
    regs = withRegs(regs, { esp: p.address });
    steps.push({
      text: `push ${p.label}`,
      regs,
      stack: p,
      note: `The CPU pushes the user's ${p.label} = ${hex(p.value)} at ${hex(p.address)}.`,
    });
  }
}

/// The steps of iret (pops) or sysexit (EDX/ECX) back to ring 3, after the instruction itself.
export function returnSteps(exit: PrivilegeEvent, pops: readonly StackWrite[]): CpuStep[] {
  let regs = pictureRegs(exit.before);
  const steps: CpuStep[] = [];
  for (const p of pops) {
    if (p.address >= 0) regs = withRegs(regs, { esp: p.address + 4 });
    steps.push({
      text: p.address >= 0 ? `pop ${p.label}` : (p.label ?? 'register'),
      regs,
      note:
        p.address >= 0
          ? `iret pops ${p.label} = ${hex(p.value)} from ${hex(p.address)}.`
          : `sysexit loads ${p.label} = ${hex(p.value)}: no stack read at all.`,
    });
  }
  steps.push({
    text: `CPL ${exit.before.cpl} → ${exit.after.cpl}`,
    regs: pictureRegs(exit.after),
    note: `Back in ring ${exit.after.cpl} at ${sel(exit.after.cs)}:${hex(exit.after.eip)}, user stack ${sel(exit.after.ss)}:${hex(exit.after.esp)}, EAX = ${hex(exit.after.regs[0])}.`,
  });
  return steps;
}
