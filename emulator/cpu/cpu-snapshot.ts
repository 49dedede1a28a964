/// CPU state as plain data, for whole-machine snapshots and the lockstep/state API.
import { CR0_PE, CS, DS, ES, FS, GS, SS } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { getFlags } from './flags.ts';
import { flushTlb } from './paging.ts';
import { updateSegCheck } from './segmentation.ts';

/// Everything the CPU holds, as structured-clone-safe data.
export interface CpuSnapshot {
  readonly regs: number[];
  readonly eip: number;
  readonly eflags: number;
  readonly segSel: number[];
  readonly segBase: number[];
  readonly segLimit: number[];
  readonly segAttr: number[];
  readonly cpl: number;
  readonly cr: number[];
  readonly dr: number[];
  readonly gdt: [number, number];
  readonly idt: [number, number];
  readonly sysenter: [number, number, number];
  readonly icount: number;
  readonly tscOffset: number;
  readonly halted: boolean;
  readonly inhibitUntil: number;
  readonly fpu: {
    se: number[];
    mant: string[];
    tags: number[];
    top: number;
    status: number;
    control: number;
    ptrs: number[];
  };
}

/// Captures the CPU.
export function saveCpu(cpu: Cpu): CpuSnapshot {
  const f = cpu.fpu;
  return {
    regs: Array.from(cpu.regs),
    eip: cpu.eip,
    eflags: getFlags(cpu),
    segSel: Array.from(cpu.segSel),
    segBase: Array.from(cpu.segBase),
    segLimit: Array.from(cpu.segLimit),
    segAttr: Array.from(cpu.segAttr),
    cpl: cpu.cpl,
    cr: [cpu.cr0, cpu.cr2, cpu.cr3, cpu.cr4],
    dr: Array.from(cpu.dr),
    gdt: [cpu.gdtBase, cpu.gdtLimit],
    idt: [cpu.idtBase, cpu.idtLimit],
    sysenter: [cpu.sysenterCs, cpu.sysenterEsp, cpu.sysenterEip],
    icount: cpu.icount,
    tscOffset: cpu.tscOffset,
    halted: cpu.halted,
    inhibitUntil: cpu.inhibitUntil,
    fpu: {
      se: Array.from(f.se),
      mant: Array.from(f.mant, (m) => m.toString(16)),
      tags: Array.from(f.tags),
      top: f.top,
      status: f.status,
      control: f.control,
      ptrs: [f.lastIp, f.lastCs, f.lastDp, f.lastDs, f.lastOpcode],
    },
  };
}

/// Restores the CPU from `s`; caches (TLB, decoded code) are dropped.
export function loadCpu(cpu: Cpu, s: CpuSnapshot): void {
  cpu.regs.set(s.regs);
  cpu.eip = s.eip;
  cpu.flags = s.eflags;
  cpu.lop = 0;
  cpu.segSel.set(s.segSel);
  cpu.segBase.set(s.segBase);
  cpu.segLimit.set(s.segLimit);
  cpu.segAttr.set(s.segAttr);
  [cpu.cr0, cpu.cr2, cpu.cr3, cpu.cr4] = s.cr;
  cpu.dr.set(s.dr);
  [cpu.gdtBase, cpu.gdtLimit] = s.gdt;
  [cpu.idtBase, cpu.idtLimit] = s.idt;
  [cpu.sysenterCs, cpu.sysenterEsp, cpu.sysenterEip] = s.sysenter;
  cpu.icount = s.icount;
  cpu.tscOffset = s.tscOffset;
  cpu.halted = s.halted;
  cpu.inhibitUntil = s.inhibitUntil;
  cpu.setCpl(s.cpl);
  const f = cpu.fpu;
  f.se.set(s.fpu.se);
  f.mant.set(s.fpu.mant.map((m) => BigInt(`0x${m}`)));
  f.tags.set(s.fpu.tags);
  f.top = s.fpu.top;
  f.status = s.fpu.status;
  f.control = s.fpu.control;
  [f.lastIp, f.lastCs, f.lastDp, f.lastDs, f.lastOpcode] = s.fpu.ptrs;
  for (let k = 0; k < 8; k++) updateSegCheck(cpu, k);
  cpu.invalidateCode();
  flushTlb(cpu);
}

/// The registers a lockstep comparison reads after each instruction.
export interface CpuState {
  readonly eip: number;
  /// EAX ECX EDX EBX ESP EBP ESI EDI, unsigned.
  readonly regs: readonly number[];
  readonly eflags: number;
  readonly cpl: number;
  /// Selectors ES CS SS DS FS GS.
  readonly es: number;
  readonly cs: number;
  readonly ss: number;
  readonly ds: number;
  readonly fs: number;
  readonly gs: number;
  readonly cr0: number;
  readonly cr2: number;
  readonly cr3: number;
  readonly cr4: number;
  readonly protectedMode: boolean;
  readonly icount: number;
}

/// Reads the lockstep view of the CPU (unsigned numbers).
export function readCpuState(cpu: Cpu): CpuState {
  return {
    eip: cpu.eip >>> 0,
    regs: Array.from(cpu.regs, (v) => v >>> 0),
    eflags: getFlags(cpu) >>> 0,
    cpl: cpu.cpl,
    es: cpu.segSel[ES],
    cs: cpu.segSel[CS],
    ss: cpu.segSel[SS],
    ds: cpu.segSel[DS],
    fs: cpu.segSel[FS],
    gs: cpu.segSel[GS],
    cr0: cpu.cr0 >>> 0,
    cr2: cpu.cr2 >>> 0,
    cr3: cpu.cr3 >>> 0,
    cr4: cpu.cr4 >>> 0,
    protectedMode: (cpu.cr0 & CR0_PE) !== 0,
    icount: cpu.icount,
  };
}
