/// Bit instructions: BT/BTS/BTR/BTC (register and immediate offsets, with the memory forms'
/// signed bit-string addressing), BSF/BSR, SETcc, CMOVcc and BSWAP.
import { CF, ZF } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { condition, getFlags } from './flags.ts';
import type { Insn } from './insn.ts';
import { ea, readE, writeE } from './operands.ts';

/// Applies bit operation `kind` (0 BT, 1 BTS, 2 BTR, 3 BTC) to bit `bit` of `v`; sets CF.
function bitOp(cpu: Cpu, kind: number, v: number, bit: number): number {
  getFlags(cpu);
  cpu.flags = (cpu.flags & ~CF) | ((v >>> bit) & 1);
  const m = 1 << bit;
  return kind === 1 ? v | m : kind === 2 ? v & ~m : kind === 3 ? v ^ m : v;
}

/// Shared body: the bit offset `offset` is signed and unbounded for memory operands when it comes
/// from a register, taken modulo the size otherwise.
function bitE(cpu: Cpu, i: Insn, kind: number, offset: number, fromReg: boolean): void {
  const size = i.size;
  if (i.rm >= 0) {
    const v = cpu.getReg(size, i.rm);
    const r = bitOp(cpu, kind, v, offset & (size - 1));
    if (kind !== 0) cpu.setReg(size, i.rm, r);
    return;
  }
  let off = ea(cpu, i);
  if (fromReg) {
    const s = size === 16 ? (offset << 16) >> 16 : offset | 0;
    off = (off + (s >> (size === 16 ? 4 : 5)) * (size / 8)) | 0;
    if (i.asize === 16) off &= 0xffff;
  }
  const v = cpu.read(size, i.seg, off);
  const r = bitOp(cpu, kind, v, offset & (size - 1));
  if (kind !== 0) cpu.write(size, i.seg, off, r);
}

/// BT/BTS/BTR/BTC r/m, reg (0F A3/AB/B3/BB).
export function bitReg(cpu: Cpu, i: Insn): void {
  const kind = ((i.op & 0xff) >>> 3) & 3;
  bitE(cpu, i, kind, cpu.getReg(i.size, i.reg), true);
}

/// BT/BTS/BTR/BTC r/m, imm8 (0F BA /4-/7).
export function bitImm(cpu: Cpu, i: Insn): void {
  bitE(cpu, i, i.reg - 4, i.imm, false);
}

/// BSF/BSR (0F BC/BD): ZF = source is zero (destination left alone then).
export function bitScan(cpu: Cpu, i: Insn): void {
  const v = readE(cpu, i) & (i.size === 16 ? 0xffff : -1);
  getFlags(cpu);
  if (v === 0) {
    cpu.flags |= ZF;
    return;
  }
  cpu.flags &= ~ZF;
  const r = (i.op & 1) === 0 ? 31 - Math.clz32(v & -v) : 31 - Math.clz32(v);
  cpu.setReg(i.size, i.reg, r);
}

/// SETcc r/m8 (0F 90-9F).
export function setcc(cpu: Cpu, i: Insn): void {
  writeE(cpu, i, condition(cpu, i.op & 0xf) ? 1 : 0, 8);
}

/// CMOVcc reg, r/m (0F 40-4F): the source is read even when the condition is false.
export function cmovcc(cpu: Cpu, i: Insn): void {
  const v = readE(cpu, i);
  if (condition(cpu, i.op & 0xf)) cpu.setReg(i.size, i.reg, v);
}

/// BSWAP r32 (0F C8-CF).
export function bswap(cpu: Cpu, i: Insn): void {
  const r = i.op & 7;
  const v = cpu.regs[r];
  cpu.regs[r] = (v >>> 24) | ((v >>> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
}
