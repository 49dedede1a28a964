/// Multiplication and division: MUL/IMUL (one-, two- and three-operand forms) and DIV/IDIV with
/// #DE on a zero divisor or a quotient that does not fit. 64-bit products and dividends are
/// handled in 16-bit pieces so every intermediate stays an exact double.
import { DE, EAX, EDX } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { setResultFlags } from './flags.ts';
import type { Insn } from './insn.ts';
import { readE, signExtend } from './operands.ts';

/// Scratch result of the 32x32 multiply (no allocation).
const prod = { lo: 0, hi: 0 };

/// Unsigned 32x32 -> 64 multiply into `prod`.
function mulU32(a: number, b: number): void {
  a >>>= 0;
  b >>>= 0;
  const al = a & 0xffff,
    ah = a >>> 16,
    bl = b & 0xffff,
    bh = b >>> 16;
  const p0 = al * bl,
    p1 = al * bh,
    p2 = ah * bl,
    p3 = ah * bh;
  const mid = (p0 >>> 16) + (p1 & 0xffff) + (p2 & 0xffff);
  prod.lo = ((mid & 0xffff) << 16) | (p0 & 0xffff);
  prod.hi = (p3 + (p1 >>> 16) + (p2 >>> 16) + Math.floor(mid / 65536)) | 0;
}

/// Signed 32x32 -> 64 multiply into `prod`.
function mulS32(a: number, b: number): void {
  mulU32(a, b);
  let hi = prod.hi;
  if (a < 0) hi = (hi - b) | 0;
  if (b < 0) hi = (hi - a) | 0;
  prod.hi = hi;
}

/// MUL r/m (F6/F7 /4): unsigned, CF = OF = upper half non-zero.
export function mul(cpu: Cpu, i: Insn): void {
  const src = readE(cpu, i) >>> 0;
  const size = i.size;
  if (size === 8) {
    const r = (cpu.regs[EAX] & 0xff) * src;
    cpu.setReg(16, EAX, r);
    setResultFlags(cpu, r & 0xff, 8, r > 0xff ? 1 : 0, r > 0xff ? 1 : 0);
  } else if (size === 16) {
    const r = (cpu.regs[EAX] & 0xffff) * src;
    cpu.setReg(16, EAX, r);
    cpu.setReg(16, EDX, r >>> 16);
    setResultFlags(cpu, r & 0xffff, 16, r > 0xffff ? 1 : 0, r > 0xffff ? 1 : 0);
  } else {
    mulU32(cpu.regs[EAX], src);
    cpu.regs[EAX] = prod.lo;
    cpu.regs[EDX] = prod.hi;
    const c = prod.hi !== 0 ? 1 : 0;
    setResultFlags(cpu, prod.lo, 32, c, c);
  }
}

/// IMUL r/m (F6/F7 /5): signed one-operand form.
export function imul1(cpu: Cpu, i: Insn): void {
  const size = i.size;
  const src = signExtend(readE(cpu, i), size);
  if (size === 32) {
    mulS32(cpu.regs[EAX], src);
    cpu.regs[EAX] = prod.lo;
    cpu.regs[EDX] = prod.hi;
    const c = prod.hi !== prod.lo >> 31 ? 1 : 0;
    setResultFlags(cpu, prod.lo, 32, c, c);
    return;
  }
  const r = signExtend(cpu.regs[EAX], size) * src;
  const c = signExtend(r, size) !== r ? 1 : 0;
  if (size === 8) cpu.setReg(16, EAX, r);
  else {
    cpu.setReg(16, EAX, r);
    cpu.setReg(16, EDX, r >> 16);
  }
  setResultFlags(cpu, r, size, c, c);
}

/// Truncating signed multiply for the two- and three-operand forms; sets CF = OF on overflow.
function imulTrunc(cpu: Cpu, a: number, b: number, size: number): number {
  if (size === 32) {
    mulS32(a, b);
    const c = prod.hi !== prod.lo >> 31 ? 1 : 0;
    setResultFlags(cpu, prod.lo, 32, c, c);
    return prod.lo;
  }
  const r = signExtend(a, 16) * signExtend(b, 16);
  const c = signExtend(r, 16) !== r ? 1 : 0;
  setResultFlags(cpu, r & 0xffff, 16, c, c);
  return r;
}

/// IMUL reg, r/m (0F AF).
export function imul2(cpu: Cpu, i: Insn): void {
  cpu.setReg(i.size, i.reg, imulTrunc(cpu, cpu.getReg(i.size, i.reg), readE(cpu, i), i.size));
}

/// IMUL reg, r/m, imm (69 / 6B).
export function imul3(cpu: Cpu, i: Insn): void {
  cpu.setReg(i.size, i.reg, imulTrunc(cpu, readE(cpu, i), i.imm, i.size));
}

/// Scratch quotient/remainder of the 64/32 division.
const quot = { q: 0, r: 0 };

/// Unsigned (hi:lo) / d into `quot`; returns false when the quotient exceeds 32 bits.
function divU64(hi: number, lo: number, d: number): boolean {
  hi >>>= 0;
  lo >>>= 0;
  d >>>= 0;
  if (hi >= d) return false;
  let t = hi * 65536 + (lo >>> 16);
  const q1 = Math.floor(t / d);
  let rem = t - q1 * d;
  t = rem * 65536 + (lo & 0xffff);
  const q0 = Math.floor(t / d);
  rem = t - q0 * d;
  quot.q = q1 * 65536 + q0;
  quot.r = rem;
  return true;
}

/// DIV r/m (F6/F7 /6).
export function div(cpu: Cpu, i: Insn): void {
  const size = i.size;
  const d = readE(cpu, i) >>> 0;
  if (d === 0) cpu.raise(DE);
  if (size === 8) {
    const n = cpu.regs[EAX] & 0xffff;
    const q = Math.floor(n / d);
    if (q > 0xff) cpu.raise(DE);
    cpu.setReg(16, EAX, ((n % d) << 8) | q);
  } else if (size === 16) {
    const n = ((cpu.regs[EDX] & 0xffff) * 65536 + (cpu.regs[EAX] & 0xffff)) >>> 0;
    const q = Math.floor(n / d);
    if (q > 0xffff) cpu.raise(DE);
    cpu.setReg(16, EAX, q);
    cpu.setReg(16, EDX, n % d);
  } else {
    if (!divU64(cpu.regs[EDX], cpu.regs[EAX], d)) cpu.raise(DE);
    cpu.regs[EAX] = quot.q;
    cpu.regs[EDX] = quot.r;
  }
}

/// IDIV r/m (F6/F7 /7): signed, truncating toward zero; the remainder takes the dividend's sign.
export function idiv(cpu: Cpu, i: Insn): void {
  const size = i.size;
  const d = signExtend(readE(cpu, i), size);
  if (d === 0) cpu.raise(DE);
  if (size !== 32) {
    const n =
      size === 8 ? signExtend(cpu.regs[EAX], 16) : (cpu.regs[EDX] << 16) | (cpu.regs[EAX] & 0xffff);
    const q = Math.trunc(n / d);
    const lim = size === 8 ? 0x80 : 0x8000;
    if (q >= lim || q < -lim) cpu.raise(DE);
    const r = n - q * d;
    if (size === 8) cpu.setReg(16, EAX, ((r & 0xff) << 8) | (q & 0xff));
    else {
      cpu.setReg(16, EAX, q);
      cpu.setReg(16, EDX, r);
    }
    return;
  }
  let hi = cpu.regs[EDX],
    lo = cpu.regs[EAX];
  const negN = hi < 0;
  if (negN) {
    lo = -lo | 0;
    hi = (~hi + (lo === 0 ? 1 : 0)) | 0;
  }
  const ad = Math.abs(d);
  if (!divU64(hi, lo, ad)) cpu.raise(DE);
  const neg = negN !== d < 0;
  if (neg ? quot.q > 0x80000000 : quot.q > 0x7fffffff) cpu.raise(DE);
  cpu.regs[EAX] = neg ? -quot.q : quot.q;
  cpu.regs[EDX] = negN ? -quot.r : quot.r;
}
