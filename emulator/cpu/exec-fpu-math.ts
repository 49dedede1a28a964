/// x87 constants, the one-operand group (FCHS FABS FTST FXAM) and the arithmetic helpers of
/// D9 F0-FF (square root exact in extended precision; transcendentals through doubles, which real
/// FPUs do not compute bit-exactly either).
import type { Cpu } from './cpu.ts';
import { checkFpu } from './exec-fpu.ts';
import {
  absExt,
  type Ext,
  fromBigInt,
  fromDouble,
  isNaNExt,
  isSpecial,
  isZeroExt,
  negExt,
  roundExt,
  roundingOf,
  sqrtExt,
  toBigInt,
  toDouble,
} from './fpu-ext.ts';
import {
  compareCodes,
  FPU_C0,
  FPU_C1,
  FPU_C2,
  FPU_C3,
  FPU_IE,
  isEmpty,
  pop,
  push,
  setSt,
  st,
} from './fpu-stack.ts';
import type { Insn } from './insn.ts';

/// FLD1 FLDL2T FLDL2E FLDPI FLDLG2 FLDLN2 FLDZ (D9 E8-EE): the 64-bit constants the FPU holds.
const CONSTANTS: readonly Ext[] = [
  { se: 0x3fff, m: 0x8000000000000000n },
  { se: 0x4000, m: 0xd49a784bcd1b8afen },
  { se: 0x3fff, m: 0xb8aa3b295c17f0bcn },
  { se: 0x4000, m: 0xc90fdaa22168c235n },
  { se: 0x3ffd, m: 0x9a209a84fbcff799n },
  { se: 0x3ffe, m: 0xb17217f7d1cf79acn },
  { se: 0, m: 0n },
];

/// Pushes one of the constants.
export function loadConstant(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  push(cpu.fpu, CONSTANTS[i.modrm & 7]);
}

/// ST(0) through a double function (transcendentals are not bit-exact on real FPUs either).
function viaDouble(x: Ext, fn: (v: number) => number): Ext {
  return fromDouble(fn(toDouble(x)));
}

/// One-operand D9 E0-FF group: FCHS FABS FTST FXAM and the arithmetic helpers.
export function unary(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const x = st(f, 0);
  const op = i.modrm & 0x3f;
  if (op >= 0x30) return helper(cpu, op, x);
  switch (op) {
    case 0x20:
      return setSt(f, 0, negExt(x));
    case 0x21:
      return setSt(f, 0, absExt(x));
    case 0x24:
      return compareCodes(f, x, { se: 0, m: 0n });
    case 0x25:
      return fxam(cpu);
    default:
      return; // FNOP
  }
}

/// D9 F0-FF: F2XM1 FYL2X FPTAN FPATAN FXTRACT FPREM1 FDECSTP FINCSTP FPREM FYL2XP1 FSQRT FSINCOS
/// FRNDINT FSCALE FSIN FCOS.
function helper(cpu: Cpu, op: number, x: Ext): void {
  const f = cpu.fpu;
  const d = toDouble(x);
  switch (op) {
    case 0x30:
      return setSt(
        f,
        0,
        viaDouble(x, (v) => Math.pow(2, v) - 1),
      );
    case 0x31:
      setSt(f, 1, fromDouble(toDouble(st(f, 1)) * Math.log2(d)));
      return pop(f);
    case 0x32:
      setSt(f, 0, viaDouble(x, Math.tan));
      return push(f, CONSTANTS[0]);
    case 0x33:
      setSt(f, 1, fromDouble(Math.atan2(toDouble(st(f, 1)), d)));
      return pop(f);
    case 0x34: {
      const e = (x.se & 0x7fff) - 16383;
      setSt(f, 0, fromDouble(e));
      return push(f, { se: (x.se & 0x8000) | 16383, m: x.m });
    }
    case 0x35:
    case 0x38:
      return fprem(cpu, op === 0x35);
    case 0x36:
      f.top = (f.top - 1) & 7;
      return;
    case 0x37:
      f.top = (f.top + 1) & 7;
      return;
    case 0x39:
      setSt(f, 1, fromDouble(toDouble(st(f, 1)) * Math.log2(d + 1)));
      return pop(f);
    case 0x3a:
      if (d < 0) f.status |= FPU_IE;
      return setSt(f, 0, sqrtExt(x, roundingOf(f.control)));
    case 0x3b:
      setSt(f, 0, viaDouble(x, Math.sin));
      return push(f, fromDouble(Math.cos(d)));
    case 0x3c: {
      const n = toBigInt(x, (f.control >>> 10) & 3);
      return setSt(f, 0, n === null ? x : n === 0n ? { se: x.se & 0x8000, m: 0n } : fromBigInt(n));
    }
    case 0x3d:
      return setSt(f, 0, scale(x, Math.trunc(toDouble(st(f, 1)))));
    default:
      f.status &= ~FPU_C2;
      return setSt(f, 0, viaDouble(x, op === 0x3e ? Math.sin : Math.cos));
  }
}

/// x * 2^n, exact unless it overflows or underflows.
function scale(x: Ext, n: number): Ext {
  if (isSpecial(x) || isZeroExt(x) || !Number.isFinite(n))
    return fromDouble(toDouble(x) * Math.pow(2, n));
  const e = (x.se & 0x7fff) - 16446 + Math.max(-40000, Math.min(40000, n));
  return roundExt((x.se >>> 15) & 1, x.m, e, false, { bits: 64, rc: 0 });
}

/// FXAM: classifies ST(0) into C3/C2/C0 with the sign in C1.
function fxam(cpu: Cpu): void {
  const f = cpu.fpu;
  const x = f.get(f.top);
  f.status &= ~(FPU_C0 | FPU_C1 | FPU_C2 | FPU_C3);
  if ((x.se & 0x8000) !== 0) f.status |= FPU_C1;
  if (isEmpty(f, 0)) f.status |= FPU_C3 | FPU_C0;
  else if (isNaNExt(x)) f.status |= FPU_C0;
  else if (isSpecial(x)) f.status |= FPU_C2 | FPU_C0;
  else if (isZeroExt(x)) f.status |= FPU_C3;
  else if ((x.se & 0x7fff) === 0) f.status |= FPU_C3 | FPU_C2;
  else f.status |= FPU_C2;
}

/// FPREM / FPREM1 (through doubles): the remainder is complete (C2 = 0); C0, C3, C1 get the
/// low quotient bits.
function fprem(cpu: Cpu, ieee: boolean): void {
  const f = cpu.fpu;
  const a = toDouble(st(f, 0)),
    b = toDouble(st(f, 1));
  const q = ieee ? Math.round(a / b) : Math.trunc(a / b);
  const r = ieee ? a - q * b : a % b;
  const qi = Math.abs(q) % 8;
  f.status &= ~(FPU_C0 | FPU_C1 | FPU_C2 | FPU_C3);
  if (qi & 4) f.status |= FPU_C0;
  if (qi & 2) f.status |= FPU_C3;
  if (qi & 1) f.status |= FPU_C1;
  setSt(f, 0, fromDouble(r));
}
