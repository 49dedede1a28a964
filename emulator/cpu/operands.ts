/// Operand access shared by the execute functions: effective addresses and the r/m and reg
/// operands at the instruction's operand size.
import type { Cpu } from './cpu.ts';
import type { Insn } from './insn.ts';

/// Effective address (offset within `i.seg`) of the memory operand.
export function ea(cpu: Cpu, i: Insn): number {
  let a = i.disp;
  if (i.base >= 0) a += cpu.regs[i.base];
  if (i.index >= 0) a += cpu.regs[i.index] << i.scale;
  return i.asize === 32 ? a | 0 : a & 0xffff;
}

/// Reads the r/m operand at `size` bits (default: the instruction's operand size).
export function readE(cpu: Cpu, i: Insn, size = i.size): number {
  if (i.rm >= 0) return cpu.getReg(size, i.rm);
  return cpu.read(size, i.seg, ea(cpu, i));
}

/// Writes the r/m operand at `size` bits.
export function writeE(cpu: Cpu, i: Insn, v: number, size = i.size): void {
  if (i.rm >= 0) cpu.setReg(size, i.rm, v);
  else cpu.write(size, i.seg, ea(cpu, i), v);
}

/// Reads the reg-field operand.
export function readG(cpu: Cpu, i: Insn, size = i.size): number {
  return cpu.getReg(size, i.reg);
}

/// Writes the reg-field operand.
export function writeG(cpu: Cpu, i: Insn, v: number, size = i.size): void {
  cpu.setReg(size, i.reg, v);
}

/// Sign-extends the low `size` bits of `v` to int32.
export function signExtend(v: number, size: number): number {
  return size === 32 ? v | 0 : size === 16 ? (v << 16) >> 16 : (v << 24) >> 24;
}

/// Applies `fn` to the r/m operand and writes the result back (read-modify-write with one
/// address computation). `fn` returns the new value.
export function modifyE(
  cpu: Cpu,
  i: Insn,
  fn: (cpu: Cpu, v: number, size: number, i: Insn) => number,
): void {
  const size = i.size;
  if (i.rm >= 0) {
    cpu.setReg(size, i.rm, fn(cpu, cpu.getReg(size, i.rm), size, i));
    return;
  }
  const off = ea(cpu, i);
  const v = cpu.read(size, i.seg, off);
  cpu.write(size, i.seg, off, fn(cpu, v, size, i));
}
