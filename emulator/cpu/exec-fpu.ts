/// x87 instructions as GCC and TinyCC emit them: loads and stores of every width, integer
/// conversions with the control word's rounding, arithmetic (normal, reversed, popping),
/// compares into the status word or EFLAGS, FNSTSW/FNSTCW/FLDCW, constants, FXCH, FCMOVcc and
/// the transcendental helpers. Values are kept as doubles (see fpu-state.ts).
import { CF, CR0_EM, CR0_MP, CR0_TS, EAX, NM, OF, PF, ZF, AF, SF } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { condition, getFlags } from './flags.ts';
import {
  float32Bits,
  float32FromBits,
  float64Bits,
  float64FromBits,
  fromExtended,
  roundRc,
  toExtended,
} from './fpu-format.ts';
import {
  compareCodes,
  FPU_C0,
  FPU_C1,
  FPU_C2,
  FPU_C3,
  FPU_IE,
  FPU_ZE,
  isEmpty,
  pop,
  push,
  setSt,
  st,
} from './fpu-stack.ts';
import type { Insn } from './insn.ts';
import { ea } from './operands.ts';

/// #NM when CR0.EM or CR0.TS is set (the OS owns lazy FPU switching).
function checkFpu(cpu: Cpu): void {
  if ((cpu.cr0 & (CR0_EM | CR0_TS)) !== 0) cpu.raise(NM);
}

/// FWAIT (9B): #NM when CR0.TS and CR0.MP are both set.
export function fwait(cpu: Cpu): void {
  if ((cpu.cr0 & (CR0_TS | CR0_MP)) === (CR0_TS | CR0_MP)) cpu.raise(NM);
}

/// Applies arithmetic `op` (0 add, 1 mul, 4 sub, 5 subr, 6 div, 7 divr) as `dest op src`.
function arith(cpu: Cpu, op: number, dest: number, src: number): number {
  switch (op) {
    case 0:
      return dest + src;
    case 1:
      return dest * src;
    case 4:
      return dest - src;
    case 5:
      return src - dest;
    case 6:
      if (src === 0 && dest === dest) cpu.fpu.status |= dest === 0 ? FPU_IE : FPU_ZE;
      return dest / src;
    default:
      if (dest === 0 && src === src) cpu.fpu.status |= src === 0 ? FPU_IE : FPU_ZE;
      return src / dest;
  }
}

/// Reads the memory operand of an arithmetic escape (D8 m32real, DA m32int, DC m64real, DE m16int).
function readArithOperand(cpu: Cpu, i: Insn): number {
  const off = ea(cpu, i);
  switch (i.op) {
    case 0xd8:
      return float32FromBits(cpu.read(32, i.seg, off));
    case 0xda:
      return cpu.read(32, i.seg, off);
    case 0xdc:
      return float64FromBits(cpu.read(32, i.seg, off), cpu.read(32, i.seg, (off + 4) | 0));
    default:
      return (cpu.read(16, i.seg, off) << 16) >> 16;
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

/// DC/DE register forms: ST(i) = ST(i) op ST(0) (sub/div reversed per the SDM), DE pops.
export function arithSti(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const k = i.modrm & 7;
  if (i.reg === 2 || i.reg === 3) {
    compareCodes(f, st(f, 0), st(f, k));
    if (i.reg === 3 || i.op === 0xde) pop(f);
    if (i.op === 0xde) pop(f); // FCOMPP (DE D9)
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
  let v: number;
  if (i.op === 0xd9) v = float32FromBits(rd(0));
  else if (i.op === 0xdd) v = float64FromBits(rd(0), rd(4));
  else if (i.op === 0xdb && i.reg === 5)
    v = fromExtended(rd(0), rd(4), cpu.read(16, i.seg, (off + 8) | 0));
  else if (i.op === 0xdb) v = rd(0);
  else if (i.reg === 0) v = (cpu.read(16, i.seg, off) << 16) >> 16;
  else v = rd(4) * 4294967296 + (rd(0) >>> 0);
  push(cpu.fpu, v);
}

/// Stores ST(0) as a real (D9 /2 /3 m32, DD /2 /3 m64, DB /7 m80); /3 and /7 pop.
export function storeReal(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const v = st(f, 0);
  const off = ea(cpu, i);
  if (i.op === 0xd9) cpu.write(32, i.seg, off, float32Bits(v));
  else if (i.op === 0xdd) {
    const [lo, hi] = float64Bits(v);
    cpu.lin(i.seg, off, 8, true);
    cpu.write(32, i.seg, off, lo);
    cpu.write(32, i.seg, (off + 4) | 0, hi);
  } else {
    const [lo, hi, se] = toExtended(v);
    cpu.lin(i.seg, off, 10, true);
    cpu.write(32, i.seg, off, lo);
    cpu.write(32, i.seg, (off + 4) | 0, hi);
    cpu.write(16, i.seg, (off + 8) | 0, se);
  }
  if (i.reg === 3 || i.reg === 7) pop(f);
}

/// Stores ST(0) as an integer: FIST/FISTP m16 (DF), m32 (DB), FISTP m64 (DF /7) and the
/// truncating FISTTP (/1). Out-of-range values store the integer indefinite and set IE.
export function storeInt(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const rc = i.reg === 1 ? 3 : (f.control >>> 10) & 3;
  const r = roundRc(st(f, 0), rc);
  const off = ea(cpu, i);
  const bits = i.op === 0xdd || (i.op === 0xdf && i.reg === 7) ? 64 : i.op === 0xdb ? 32 : 16;
  const lim = 2 ** (bits - 1);
  const ok = r >= -lim && r < lim;
  if (!ok) f.status |= FPU_IE;
  if (bits === 64) {
    const hi = ok ? Math.floor(r / 4294967296) : 0x80000000 | 0;
    const lo = ok ? (r - hi * 4294967296) | 0 : 0;
    cpu.lin(i.seg, off, 8, true);
    cpu.write(32, i.seg, off, lo);
    cpu.write(32, i.seg, (off + 4) | 0, hi);
  } else cpu.write(bits, i.seg, off, ok ? r : bits === 32 ? 0x80000000 | 0 : 0x8000);
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
  const a = st(f, 0),
    b = st(f, i.modrm & 7);
  getFlags(cpu);
  let bits = 0;
  if (Number.isNaN(a) || Number.isNaN(b)) bits = ZF | PF | CF;
  else if (a < b) bits = CF;
  else if (a === b) bits = ZF;
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

const CONSTANTS = [1, Math.log2(10), Math.LOG2E, Math.PI, Math.log10(2), Math.LN2, 0];

/// FLD1 FLDL2T FLDL2E FLDPI FLDLG2 FLDLN2 FLDZ (D9 E8-EE).
export function loadConstant(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  push(cpu.fpu, CONSTANTS[i.modrm & 7]);
}

/// One-operand D9 E0-FF group: FCHS FABS FTST FXAM and the arithmetic helpers.
export function unary(cpu: Cpu, i: Insn): void {
  checkFpu(cpu);
  const f = cpu.fpu;
  const x = st(f, 0);
  switch (i.modrm & 0x3f) {
    case 0x20:
      return setSt(f, 0, -x);
    case 0x21:
      return setSt(f, 0, Math.abs(x));
    case 0x24:
      return compareCodes(f, x, 0);
    case 0x25:
      return fxam(cpu);
    case 0x30:
      return setSt(f, 0, Math.pow(2, x) - 1);
    case 0x31:
      setSt(f, 1, st(f, 1) * Math.log2(x));
      return pop(f);
    case 0x32:
      setSt(f, 0, Math.tan(x));
      return push(f, 1);
    case 0x33:
      setSt(f, 1, Math.atan2(st(f, 1), x));
      return pop(f);
    case 0x34: {
      const e = x === 0 ? -Infinity : Math.floor(Math.log2(Math.abs(x)));
      setSt(f, 0, e);
      return push(f, x / Math.pow(2, e));
    }
    case 0x35:
    case 0x38:
      return fprem(cpu, (i.modrm & 0x3f) === 0x35);
    case 0x36:
      f.top = (f.top - 1) & 7;
      return;
    case 0x37:
      f.top = (f.top + 1) & 7;
      return;
    case 0x39:
      setSt(f, 1, st(f, 1) * Math.log2(x + 1));
      return pop(f);
    case 0x3a:
      if (x < 0) f.status |= FPU_IE;
      return setSt(f, 0, Math.sqrt(x));
    case 0x3b:
      setSt(f, 0, Math.sin(x));
      return push(f, Math.cos(x));
    case 0x3c:
      return setSt(f, 0, roundRc(x, (f.control >>> 10) & 3));
    case 0x3d:
      return setSt(f, 0, x * Math.pow(2, Math.trunc(st(f, 1))));
    case 0x3e:
      f.status &= ~FPU_C2;
      return setSt(f, 0, Math.sin(x));
    case 0x3f:
      f.status &= ~FPU_C2;
      return setSt(f, 0, Math.cos(x));
    default:
      return; // FNOP
  }
}

/// FXAM: classifies ST(0) into C3/C2/C0 with the sign in C1.
function fxam(cpu: Cpu): void {
  const f = cpu.fpu;
  const x = f.st[f.top];
  f.status &= ~(FPU_C0 | FPU_C1 | FPU_C2 | FPU_C3);
  if (x < 0 || Object.is(x, -0)) f.status |= FPU_C1;
  if (isEmpty(f, 0)) f.status |= FPU_C3 | FPU_C0;
  else if (Number.isNaN(x)) f.status |= FPU_C0;
  else if (!Number.isFinite(x)) f.status |= FPU_C2 | FPU_C0;
  else if (x === 0) f.status |= FPU_C3;
  else f.status |= FPU_C2;
}

/// FPREM / FPREM1: the remainder is always complete (C2 = 0); C0, C3, C1 get quotient bits.
function fprem(cpu: Cpu, ieee: boolean): void {
  const f = cpu.fpu;
  const a = st(f, 0),
    b = st(f, 1);
  const q = ieee ? roundRc(a / b, 0) : Math.trunc(a / b);
  const r = a - q * b;
  const qi = Math.abs(q) % 8;
  f.status &= ~(FPU_C0 | FPU_C1 | FPU_C2 | FPU_C3);
  if (qi & 4) f.status |= FPU_C0;
  if (qi & 2) f.status |= FPU_C3;
  if (qi & 1) f.status |= FPU_C1;
  setSt(f, 0, r);
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
