/// Snapshots of CPU state for trace events (allocated only when someone listens).
import type { CpuPicture, GeneralRegisters } from '../trace/events.ts';
import { CS, ESP, SS } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { getFlags } from './flags.ts';

/// The CPU's registers as plain data.
export function takePicture(cpu: Cpu, eip = cpu.eip): CpuPicture {
  const r = cpu.regs;
  const regs: GeneralRegisters = [
    r[0] >>> 0,
    r[1] >>> 0,
    r[2] >>> 0,
    r[3] >>> 0,
    r[4] >>> 0,
    r[5] >>> 0,
    r[6] >>> 0,
    r[7] >>> 0,
  ];
  return {
    cs: cpu.segSel[CS],
    eip: eip >>> 0,
    ss: cpu.segSel[SS],
    esp: cpu.regs[ESP] >>> 0,
    eflags: getFlags(cpu) >>> 0,
    cpl: cpu.cpl,
    regs,
  };
}
