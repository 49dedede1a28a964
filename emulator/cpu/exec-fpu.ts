/// x87 instructions as GCC and TinyCC emit them: loads and stores of every width, integer
/// conversions with the control word's rounding, arithmetic (normal, reversed, popping) in exact
/// extended precision (fpu-ext.ts), compares into the status word or EFLAGS, FNSTSW/FNSTCW/FLDCW,
/// constants, FXCH, FCMOVcc and the transcendental helpers (computed through doubles).
import { AF, CF, CR0_EM, CR0_MP, CR0_TS, EAX, NM, OF, PF, SF, ZF } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { condition, getFlags } from './flags.ts';
import {
  addExt,
  compareExt,
  divExt,
  type Ext,
  fromBigInt,
  fromDouble,
  isNaNExt,
  isSpecial,
  isZeroExt,
  mulExt,
  roundExt,
  roundingOf,
  toBigInt,
  toDouble,
} from './fpu-ext.ts';
import { float32Bits, float32FromBits, float64Bits, float64FromBits } from './fpu-format.ts';
import { compareCodes, FPU_C1, FPU_IE, FPU_ZE, pop, push, setSt, st } from './fpu-stack.ts';
import type { Insn } from './insn.ts';
import { ea } from './operands.ts';

/// #NM when CR0.EM or CR0.TS is set (the OS owns lazy FPU switching).
export function checkFpu(cpu: Cpu): void {
  if ((cpu.cr0 & (CR0_EM | CR0_TS)) !== 0) cpu.raise(NM);
}

/// FWAIT (9B): #NM when CR0.TS and CR0.MP are both set.
export function fwait(cpu: Cpu): void {
  if ((cpu.cr0 & (CR0_TS | CR0_MP)) === (CR0_TS | CR0_MP)) cpu.raise(NM);
}

/// Applies arithmetic `op` (0 add, 1 mul, 4 sub, 5 subr, 6 div, 7 divr) as `dest op src`.
function arith(cpu: Cpu, op: number, dest: Ext, src: Ext): Ext {
  const r = roundingOf(cpu.fpu.control);
  switch (op) {
    case 0:
      return addExt(dest, src, r);
    case 1:
      return mulExt(dest, src, r);
    case 4:
      return addExt(dest, src, r, true);
    case 5:
      return addExt(src, dest, r, true);
    case 6:
      return divide(cpu, dest, src);
    default:
      return divide(cpu, src, dest);
  }
}

/// a / b with the zero-divide (ZE) and invalid (IE, 0/0) status bits.
function divide(cpu: Cpu, a: Ext, b: Ext): Ext {
  if (isZeroExt(b) && !isNaNExt(a)) cpu.fpu.status |= isZeroExt(a) ? FPU_IE : FPU_ZE;
  return divExt(a, b, roundingOf(cpu.fpu.control));
}

/// Reads the memory operand of an arithmetic escape (D8 m32real, DA m32int, DC m64real, DE m16int).
function readArithOperand(cpu: Cpu, i: Insn): Ext {
  const off = ea(cpu, i);
  switch (i.op) {
    case 0xd8:
      return fromDouble(float32FromBits(cpu.read(32, i.seg, off)));
    case 0xda:
      return fromBigInt(BigInt(cpu.read(32, i.seg, off)));
    case 0xdc:
      return fromDouble(
        float64FromBits(cpu.read(32, i.seg, off), cpu.read(32, i.seg, (off + 4) | 0)),
      );
    default:
      return fromBigInt(BigInt((cpu.read(16, i.seg, off) << 16) >> 16));
  }
}

/// D8/DA/DC/DE memory forms: ST(0) = ST(0) op m, or compare (/2 FCOM, /3 FCOMP).
export function arithMem(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const src = readArithOperand(cpu, i);
  if (i.reg === 2 || i.reg === 3) {
    compareCodes(f, st(f, 0), src);
    if (i.reg === 3) pop(f);
    return;
  }
  setSt(f, 0, arith(cpu, i.reg, st(f, 0), src));
}

/// D8 register forms: ST(0) = ST(0) op ST(i); FCOM/FCOMP ST(i).
export function arithSt0(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const k = i.modrm & 7;
  if (i.reg === 2 || i.reg === 3) {
    compareCodes(f, st(f, 0), st(f, k));
    if (i.reg === 3) pop(f);
    return;
  }
  setSt(f, 0, arith(cpu, i.reg, st(f, 0), st(f, k)));
}

/// DC/DE register forms: ST(i) = ST(i) op ST(0) (sub/div reversed per the SDM), DE pops;
/// DE D9 is FCOMPP.
export function arithSti(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const k = i.modrm & 7;
  if (i.reg === 2 || i.reg === 3) {
    compareCodes(f, st(f, 0), st(f, k));
    if (i.reg === 3 || i.op === 0xde) pop(f);
    if (i.op === 0xde) pop(f);
    return;
  }
  const op = i.reg >= 4 ? i.reg ^ 1 : i.reg;
  setSt(f, k, arith(cpu, op, st(f, k), st(f, 0)));
  if (i.op === 0xde) pop(f);
}

/// Loads (D9 /0 m32, DD /0 m64, DB /5 m80, DB /0 m32int, DF /0 m16int, DF /5 m64int).
export function loadMem(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const off = ea(cpu, i);
  const rd = (k: number) => cpu.read(32, i.seg, (off + k) | 0);
  let v: Ext;
  if (i.op === 0xd9) v = fromDouble(float32FromBits(rd(0)));
  else if (i.op === 0xdd) v = fromDouble(float64FromBits(rd(0), rd(4)));
  else if (i.op === 0xdb && i.reg === 5) {
    const lo = rd(0),
      hi = rd(4);
    v = { se: cpu.read(16, i.seg, (off + 8) | 0), m: (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0) };
  } else if (i.op === 0xdb) v = fromBigInt(BigInt(rd(0)));
  else if (i.reg === 0) v = fromBigInt(BigInt((cpu.read(16, i.seg, off) << 16) >> 16));
  else v = fromBigInt((BigInt(rd(4)) << 32n) | BigInt(rd(0) >>> 0));
  push(cpu.fpu, v);
}

/// `x` rounded to a `bits`-bit significand with the current rounding mode, as a double.
function narrowed(cpu: Cpu, x: Ext, bits: number): number {
  if (isSpecial(x) || isZeroExt(x)) return toDouble(x);
  const rc = roundingOf(cpu.fpu.control).rc;
  const e = (x.se & 0x7fff) - 16446;
  return toDouble(roundExt((x.se >>> 15) & 1, x.m, e, false, { bits, rc }));
}

/// Stores ST(0) as a real (D9 /2 /3 m32, DD /2 /3 m64, DB /7 m80); /3 and /7 pop.
export function storeReal(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const v = st(f, 0);
  const off = ea(cpu, i);
  if (i.op === 0xd9) {
    const bits = isNaNExt(v)
      ? ((v.se & 0x8000) << 16) | 0x7f800000 | Number((v.m >> 40n) & 0x7fffffn)
      : float32Bits(narrowed(cpu, v, 24));
    cpu.write(32, i.seg, off, bits);
  } else if (i.op === 0xdd) {
    const [lo, hi] = float64Bits(narrowed(cpu, v, 53));
    cpu.lin(i.seg, off, 8, true);
    cpu.write(32, i.seg, off, lo);
    cpu.write(32, i.seg, (off + 4) | 0, hi);
  } else {
    cpu.lin(i.seg, off, 10, true);
    cpu.write(32, i.seg, off, Number(v.m & 0xffffffffn) | 0);
    cpu.write(32, i.seg, (off + 4) | 0, Number(v.m >> 32n) | 0);
    cpu.write(16, i.seg, (off + 8) | 0, v.se);
  }
  if (i.reg === 3 || i.reg === 7) pop(f);
}

/// Stores ST(0) as an integer: FIST/FISTP m16 (DF), m32 (DB), FISTP m64 (DF /7) and the
/// truncating FISTTP (/1). Out-of-range values store the integer indefinite and set IE.
export function storeInt(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const rc = i.reg === 1 ? 3 : (f.control >>> 10) & 3;
  const r = toBigInt(st(f, 0), rc);
  const off = ea(cpu, i);
  const bits = i.op === 0xdd || (i.op === 0xdf && i.reg === 7) ? 64 : i.op === 0xdb ? 32 : 16;
  const lim = 1n << BigInt(bits - 1);
  const ok = r !== null && r >= -lim && r < lim;
  if (!ok) f.status |= FPU_IE;
  const v = ok ? BigInt.asUintN(64, r) : lim;
  if (bits === 64) {
    cpu.lin(i.seg, off, 8, true);
    cpu.write(32, i.seg, off, Number(v & 0xffffffffn) | 0);
    cpu.write(32, i.seg, (off + 4) | 0, Number(v >> 32n) | 0);
  } else cpu.write(bits, i.seg, off, Number(v & 0xffffffffn) | 0);
  if (i.reg !== 2) pop(f);
}

/// FLDCW / FNSTCW / FNSTSW m16 and FNSTSW AX.
export function controlWord(cpu: Cpu, i: Insn): void {
  const f = cpu.fpu;
  if (i.op === 0xdf) {
    cpu.setReg(16, EAX, f.statusWord());
    return;
  }
  const off = ea(cpu, i);
  if (i.op === 0xd9 && i.reg === 5) {
    checkFpu(cpu);
    f.control = cpu.read(16, i.seg, off) | 0x40;
  } else if (i.op === 0xd9) cpu.write(16, i.seg, off, f.control);
  else cpu.write(16, i.seg, off, f.statusWord());
}

/// FLD ST(i) (D9 C0+i).
export function loadSt(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  push(cpu.fpu, st(cpu.fpu, i.modrm & 7));
}

/// FST / FSTP ST(i) (DD D0+i / D8+i) and FFREE (DD C0+i).
export function storeSt(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const k = i.modrm & 7;
  if (i.reg === 0) {
    f.tags[(f.top + k) & 7] = 3;
    return;
  }
  setSt(f, k, st(f, 0));
  if (i.reg === 3) pop(f);
}

/// FXCH ST(i) (D9 C8+i).
export function fxch(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const k = i.modrm & 7;
  const a = st(f, 0),
    b = st(f, k);
  setSt(f, 0, b);
  setSt(f, k, a);
}

/// FUCOM/FUCOMP ST(i) (DD E0/E8), FUCOMPP (DA E9).
export function fucom(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  compareCodes(f, st(f, 0), st(f, i.modrm & 7));
  if (i.op === 0xda || i.reg === 5) pop(f);
  if (i.op === 0xda) pop(f);
}

/// FCOMI/FUCOMI (DB F0/E8) and FCOMIP/FUCOMIP (DF F0/E8): compare into ZF, PF, CF.
export function fcomi(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const c = compareExt(st(f, 0), st(f, i.modrm & 7));
  getFlags(cpu);
  const bits = c === 2 ? ZF | PF | CF : c < 0 ? CF : c === 0 ? ZF : 0;
  cpu.flags = (cpu.flags & ~(ZF | PF | CF | OF | SF | AF)) | bits;
  f.status &= ~FPU_C1;
  if (i.op === 0xdf) pop(f);
}

/// FCMOVcc ST(0), ST(i) (DA/DB C0-DF).
export function fcmov(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const cc = [2, 4, 6, 10][i.reg & 3] ^ (i.op === 0xdb ? 1 : 0);
  if (condition(cpu, cc)) setSt(cpu.fpu, 0, st(cpu.fpu, i.modrm & 7));
}

/// FNCLEX (DB E2) and FNINIT (DB E3).
export function control(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  if ((i.modrm & 7) === 3) cpu.fpu.reset();
  else if ((i.modrm & 7) === 2) cpu.fpu.status &= 0x7f00;
}

/// FNSTENV / FLDENV (32-bit protected-mode layout, 28 bytes).
export function environment(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const off = ea(cpu, i);
  const at = (k: number) => (off + 4 * k) | 0;
  if (i.reg === 6) {
    const words = [
      f.control | 0xffff0000,
      f.statusWord() | 0xffff0000,
      f.tagWord() | 0xffff0000,
      f.lastIp,
      f.lastCs,
      f.lastDp,
      f.lastDs,
    ];
    words.forEach((w, k) => cpu.write(32, i.seg, at(k), w));
    f.control |= 0x3f;
    return;
  }
  f.control = cpu.read(16, i.seg, at(0));
  const sw = cpu.read(16, i.seg, at(1));
  f.status = sw & ~0x3800;
  f.top = (sw >>> 11) & 7;
  const tw = cpu.read(16, i.seg, at(2));
  for (let k = 0; k < 8; k++) f.tags[k] = (tw >>> (2 * k)) & 3;
}
