/// Shifts and rotates (group 2: ROL ROR RCL RCR SHL SHR SAL SAR) and the double shifts SHLD and
/// SHRD. A count of zero changes nothing, flags included.
import { ECX } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { getCF, setCarryOverflow, setResultFlags, sizeMask } from './flags.ts';
import type { Insn } from './insn.ts';
import { ea, signExtend } from './operands.ts';

/// Computes group-2 operation `kind` of `v` by `count` (1..31) at `size` bits; sets flags.
export function shiftOp(cpu: Cpu, kind: number, v: number, count: number, size: number): number {
  const m = sizeMask(size);
  const top = size - 1;
  v &= m;
  let r: number, cf: number;
  switch (kind) {
    case 0: {
      const c = count & top;
      r = c === 0 ? v : ((v << c) | (v >>> (size - c))) & m;
      cf = r & 1;
      setCarryOverflow(cpu, cf, ((r >>> top) ^ cf) & 1);
      return r;
    }
    case 1: {
      const c = count & top;
      r = c === 0 ? v : ((v >>> c) | (v << (size - c))) & m;
      cf = (r >>> top) & 1;
      setCarryOverflow(cpu, cf, ((r >>> top) ^ (r >>> (top - 1))) & 1);
      return r;
    }
    case 2:
    case 3:
      return rotateCarry(cpu, kind === 2, v, count, size);
    case 4:
    case 6:
      r = count >= 32 ? 0 : (v << count) & m;
      cf = count > size ? 0 : (v >>> (size - count)) & 1;
      setResultFlags(cpu, r, size, cf, ((r >>> top) ^ cf) & 1);
      return r;
    case 5:
      r = v >>> count;
      cf = (v >>> (count - 1)) & 1;
      setResultFlags(cpu, r, size, cf, (v >>> top) & 1);
      return r;
    default: {
      const s = signExtend(v, size);
      r = (s >> Math.min(count, 31)) & m;
      cf = (s >> Math.min(count - 1, 31)) & 1;
      setResultFlags(cpu, r, size, cf, 0);
      return r;
    }
  }
}

/// RCL/RCR through the carry flag; count is reduced modulo size + 1.
function rotateCarry(cpu: Cpu, left: boolean, v: number, count: number, size: number): number {
  const c = count % (size + 1);
  let cf = getCF(cpu);
  let r = v;
  const top = size - 1;
  for (let k = 0; k < c; k++) {
    if (left) {
      const out = (r >>> top) & 1;
      r = ((r << 1) | cf) & sizeMask(size);
      cf = out;
    } else {
      const out = r & 1;
      r = (r >>> 1) | (cf << top);
      cf = out;
    }
  }
  r &= sizeMask(size);
  const of = left ? ((r >>> top) ^ cf) & 1 : ((r >>> top) ^ (r >>> (top - 1))) & 1;
  setCarryOverflow(cpu, cf, of);
  return r;
}

/// Shared body: applies the group-2 operation in ModRM.reg with `count` to the r/m operand.
function shiftE(cpu: Cpu, i: Insn, count: number): void {
  count &= 31;
  if (count === 0) return;
  const size = i.size;
  if (i.rm >= 0) {
    cpu.setReg(size, i.rm, shiftOp(cpu, i.reg, cpu.getReg(size, i.rm), count, size));
    return;
  }
  const off = ea(cpu, i);
  const v = cpu.read(size, i.seg, off);
  cpu.write(size, i.seg, off, shiftOp(cpu, i.reg, v, count, size));
}

/// Group 2 by 1 (D0/D1).
export function shiftOne(cpu: Cpu, i: Insn): void {
  shiftE(cpu, i, 1);
}

/// Group 2 by CL (D2/D3).
export function shiftCl(cpu: Cpu, i: Insn): void {
  shiftE(cpu, i, cpu.regs[ECX]);
}

/// Group 2 by imm8 (C0/C1).
export function shiftImm(cpu: Cpu, i: Insn): void {
  shiftE(cpu, i, i.imm);
}

/// SHLD/SHRD r/m, reg, imm8|CL (0F A4/A5/AC/AD).
export function doubleShift(cpu: Cpu, i: Insn): void {
  const count = ((i.op & 1) !== 0 ? cpu.regs[ECX] : i.imm) & 31;
  if (count === 0) return;
  const size = i.size;
  const left = (i.op & 0xff) < 0xa8;
  const src = cpu.getReg(size, i.reg);
  const mem = i.rm < 0;
  const off = mem ? ea(cpu, i) : 0;
  const d = mem ? cpu.read(size, i.seg, off) : cpu.getReg(size, i.rm);
  const r = doubleShiftValue(cpu, left, d, src, count, size);
  if (mem) cpu.write(size, i.seg, off, r);
  else cpu.setReg(size, i.rm, r);
}

/// The SHLD/SHRD result and flags for `d` shifted by `count` with bits from `src`.
function doubleShiftValue(
  cpu: Cpu,
  left: boolean,
  d: number,
  src: number,
  count: number,
  size: number,
): number {
  const m = sizeMask(size),
    top = size - 1;
  d &= m;
  src &= m;
  let r: number, cf: number;
  if (size === 16) {
    // 16-bit forms shift the 32-bit pair d:src (counts above 16 are undefined on hardware).
    const pair = left ? ((d << 16) | src) >>> 0 : ((src << 16) | d) >>> 0;
    if (left) {
      r = ((pair << count) | (count > 16 ? d << (count - 16) : 0)) >>> 16;
      cf = (pair >>> (32 - count)) & 1;
    } else {
      r = (pair >>> count) | (count > 16 ? src << (32 - count) : 0);
      cf = (pair >>> (count - 1)) & 1;
    }
    r &= m;
  } else if (left) {
    r = (d << count) | (src >>> (32 - count));
    cf = (d >>> (32 - count)) & 1;
  } else {
    r = (d >>> count) | (src << (32 - count));
    cf = (d >>> (count - 1)) & 1;
  }
  setResultFlags(cpu, r, size, cf, ((r ^ d) >>> top) & 1);
  return r;
}
