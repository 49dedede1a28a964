/// The task-state segment: the inner-ring stack pointers (SS0:ESP0 ...) read on an interrupt into
/// a more privileged ring, the I/O permission bitmap, and LTR's descriptor checks.
import { A_P, A_S, GP, IOPL, NP, TR } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { desc, descAttr, descBase, descLimit, readDescriptor } from './descriptors.ts';
import { getFlags } from './flags.ts';
import { readSys, writeSys } from './paging.ts';

const stackOut = { ss: 0, esp: 0 };

/// SS:ESP for ring `dpl` from the current TSS (32-bit or 16-bit); raises #TS on a short TSS.
/// The returned object is reused by the next call.
export function readTssStack(cpu: Cpu, dpl: number): { ss: number; esp: number } {
  const type = cpu.segAttr[TR] & 0xf;
  const tss32 = (type & 8) !== 0;
  const off = tss32 ? 4 + dpl * 8 : 2 + dpl * 4;
  const width = tss32 ? 8 : 4;
  if (off + width - 1 > cpu.segLimit[TR] >>> 0) cpu.raise(10, cpu.segSel[TR] & 0xfffc);
  const base = cpu.segBase[TR];
  if (tss32) {
    stackOut.esp = readSys(cpu, (base + off) | 0, 4);
    stackOut.ss = readSys(cpu, (base + off + 4) | 0, 2);
  } else {
    stackOut.esp = readSys(cpu, (base + off) | 0, 2);
    stackOut.ss = readSys(cpu, (base + off + 2) | 0, 2);
  }
  return stackOut;
}

/// LTR: loads TR from a GDT selector naming an available TSS and marks it busy.
export function loadTaskRegister(cpu: Cpu, sel: number): void {
  if ((sel & 0xfffc) === 0 || (sel & 4) !== 0) cpu.raise(GP, sel & 0xfffc);
  readDescriptor(cpu, sel);
  const a = descAttr();
  const type = a & 0xf;
  if ((a & A_S) !== 0 || (type !== 1 && type !== 9)) cpu.raise(GP, sel & 0xfffc);
  if ((a & A_P) === 0) cpu.raise(NP, sel & 0xfffc);
  desc.hi |= 0x200;
  writeSys(cpu, (desc.addr + 5) | 0, (desc.hi >>> 8) & 0xff, 1);
  cpu.segSel[TR] = sel;
  cpu.segBase[TR] = descBase();
  cpu.segLimit[TR] = descLimit();
  cpu.segAttr[TR] = descAttr();
}

/// LLDT: loads LDTR from a GDT selector naming an LDT (null disables the LDT).
export function loadLdt(cpu: Cpu, sel: number): void {
  if ((sel & 0xfffc) === 0) {
    cpu.segSel[6] = sel;
    cpu.segBase[6] = 0;
    cpu.segLimit[6] = 0;
    return;
  }
  if ((sel & 4) !== 0) cpu.raise(GP, sel & 0xfffc);
  readDescriptor(cpu, sel);
  const a = descAttr();
  if ((a & A_S) !== 0 || (a & 0xf) !== 2) cpu.raise(GP, sel & 0xfffc);
  if ((a & A_P) === 0) cpu.raise(NP, sel & 0xfffc);
  cpu.segSel[6] = sel;
  cpu.segBase[6] = descBase();
  cpu.segLimit[6] = descLimit();
  cpu.segAttr[6] = a;
}

/// Raises #GP(0) unless the current privilege may access `size` bytes at `port`: CPL <= IOPL, or
/// the TSS I/O bitmap clears every bit of the range.
export function checkIoPermission(cpu: Cpu, port: number, size: number): void {
  if ((cpu.cr0 & 1) === 0 || cpu.cpl <= (getFlags(cpu) & IOPL) >>> 12) return;
  const limit = cpu.segLimit[TR] >>> 0;
  if ((cpu.segAttr[TR] & 8) === 0 || limit < 0x67) cpu.raise(GP, 0);
  const mapBase = readSys(cpu, (cpu.segBase[TR] + 0x66) | 0, 2);
  const byteOff = mapBase + (port >>> 3);
  if (byteOff + 1 > limit) cpu.raise(GP, 0);
  const bits = readSys(cpu, (cpu.segBase[TR] + byteOff) | 0, 2);
  const mask = ((1 << size) - 1) << (port & 7);
  if ((bits & mask) !== 0) cpu.raise(GP, 0);
}
