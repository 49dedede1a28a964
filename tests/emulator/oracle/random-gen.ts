import { F_ALL, undefinedFlags, type FlagContext } from './flag-masks.ts';

/// One generated instruction case: the register and flag setup, the instruction, and what the
/// comparison must ignore (flags the manuals leave undefined, an undefined destination).
export interface RandomCase {
  readonly index: number;
  /// EAX ECX EDX EBX ESI EDI before the instruction.
  readonly regs: readonly number[];
  readonly flagsIn: number;
  /// GNU as text of the instruction (may be a short sequence, e.g. `cltd; idivl %ebx`).
  readonly insn: string;
  /// Set-up run after the registers are loaded and before EFLAGS is (e.g. buffer pointers).
  readonly pre: string;
  /// A string case: the kernel refills its buffers first and their hash is compared.
  readonly memory: boolean;
  /// Flags (of F_ALL) whose value after the instruction is undefined.
  readonly undefinedFlags: number;
  /// Registers (indexes into `regs`) whose value after the instruction is undefined.
  readonly undefinedRegs: readonly number[];
}

/// Small, fast, seedable PRNG (mulberry32): the same seed gives the same cases everywhere.
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /// Next 32-bit unsigned value.
  u32(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /// Integer in [0, n).
  below(n: number): number {
    return this.u32() % n;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
  /// Operand values biased towards the edges where flags change.
  operand(): number {
    const edges = [
      0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000,
    ];
    const r = this.below(8);
    if (r === 0) return this.pick(edges);
    if (r === 1) return (0xffffffff - this.pick(edges)) >>> 0;
    if (r === 2) return this.below(256);
    return this.u32();
  }
}

const R32 = ['%eax', '%ecx', '%edx', '%ebx', '%esi', '%edi'];
const R16 = ['%ax', '%cx', '%dx', '%bx', '%si', '%di'];
const R8 = ['%al', '%cl', '%dl', '%bl', '%ah', '%ch', '%dh', '%bh'];
const CONDITIONS = [
  'o',
  'no',
  'b',
  'ae',
  'e',
  'ne',
  'be',
  'a',
  's',
  'ns',
  'p',
  'np',
  'l',
  'ge',
  'le',
  'g',
];

interface Sized {
  readonly size: 8 | 16 | 32;
  readonly regs: readonly string[];
  readonly suffix: string;
}
const SIZES: readonly Sized[] = [
  { size: 8, regs: R8, suffix: 'b' },
  { size: 16, regs: R16, suffix: 'w' },
  { size: 32, regs: R32, suffix: 'l' },
];

/// What a generator returns before the common fields are added.
interface Draft {
  readonly insn: string;
  readonly ctx: FlagContext;
  readonly undefinedRegs?: readonly number[];
  /// Set-up that must run before the flags are loaded (it may change flags).
  readonly pre?: string;
  /// Reads or writes the kernel's buffers (they are refilled first and compared after).
  readonly memory?: boolean;
}

/// A dword-aligned operand inside the kernel's destination buffer.
function memOperand(rng: Rng): string {
  return `dst+${16 + 4 * rng.below(24)}`;
}

type Generator = (rng: Rng, regs: number[]) => Draft;

function alu(rng: Rng): Draft {
  const op = rng.pick(['add', 'adc', 'sub', 'sbb', 'cmp', 'and', 'or', 'xor', 'test']);
  const s = rng.pick(SIZES);
  const dst = rng.pick(s.regs);
  const src =
    rng.below(3) === 0 ? `$${rng.operand() & ((1 << s.size) - 1 || 0xffffffff)}` : rng.pick(s.regs);
  const ctx = { mnemonic: op, size: s.size };
  if (rng.below(4) === 0)
    return { insn: `${op}${s.suffix} ${src},${memOperand(rng)}`, ctx, memory: true };
  return { insn: `${op}${s.suffix} ${src},${dst}`, ctx };
}

function unary(rng: Rng): Draft {
  const op = rng.pick(['inc', 'dec', 'neg', 'not']);
  const s = rng.pick(SIZES);
  const ctx = { mnemonic: op, size: s.size };
  if (rng.below(4) === 0) return { insn: `${op}${s.suffix} ${memOperand(rng)}`, ctx, memory: true };
  return { insn: `${op}${s.suffix} ${rng.pick(s.regs)}`, ctx };
}

function shift(rng: Rng, regs: number[]): Draft {
  const op = rng.pick(['shl', 'shr', 'sar', 'rol', 'ror', 'rcl', 'rcr']);
  const s = rng.pick(SIZES);
  const dst = rng.pick(s.regs.filter((r) => !/c[lhx]$/.test(r)));
  const form = rng.below(3);
  if (form === 0)
    return { insn: `${op}${s.suffix} ${dst}`, ctx: { mnemonic: op, size: s.size, count: 1 } };
  if (form === 1) {
    const count = rng.below(40);
    return {
      insn: `${op}${s.suffix} $${count},${dst}`,
      ctx: { mnemonic: op, size: s.size, count },
    };
  }
  const count = regs[1] & 0xff;
  return { insn: `${op}${s.suffix} %cl,${dst}`, ctx: { mnemonic: op, size: s.size, count } };
}

function doubleShift(rng: Rng, regs: number[]): Draft {
  const op = rng.pick(['shld', 'shrd']);
  const wide = rng.below(2) === 0;
  const [dst, src] = wide ? ['%eax', '%edx'] : ['%ax', '%dx'];
  // A 16-bit double shift by more than 16 leaves the result undefined: keep counts <= 16.
  const count = rng.below(wide ? 40 : 17);
  if (rng.below(2) === 0) {
    return {
      insn: `${op} $${count},${src},${dst}`,
      ctx: { mnemonic: op, size: wide ? 32 : 16, count },
    };
  }
  regs[1] = (regs[1] & ~0xff) | count;
  return { insn: `${op} %cl,${src},${dst}`, ctx: { mnemonic: op, size: wide ? 32 : 16, count } };
}

function multiply(rng: Rng): Draft {
  const s = rng.pick(SIZES);
  const form = rng.below(4);
  if (form < 2) {
    const op = form === 0 ? 'mul' : 'imul';
    return { insn: `${op}${s.suffix} ${rng.pick(s.regs)}`, ctx: { mnemonic: op, size: s.size } };
  }
  const t = rng.pick(SIZES.slice(1));
  if (form === 2)
    return {
      insn: `imul ${rng.pick(t.regs)},${rng.pick(t.regs)}`,
      ctx: { mnemonic: 'imul', size: t.size },
    };
  const imm = rng.below(2) || t.size === 16 ? rng.below(256) - 128 : rng.u32() | 0;
  return {
    insn: `imul $${imm},${rng.pick(t.regs)},${rng.pick(t.regs)}`,
    ctx: { mnemonic: 'imul', size: t.size },
  };
}

/// Division with operands chosen so the quotient fits (no #DE).
function divide(rng: Rng, regs: number[]): Draft {
  const s = rng.pick(SIZES);
  const signed = rng.below(2) === 0;
  const mask = s.size === 32 ? 0xffffffff : (1 << s.size) - 1;
  let divisor = rng.operand() & mask || 3;
  if (signed && divisor === mask) divisor = 7; // -1 could overflow with the most negative dividend
  regs[3] = (regs[3] & ~mask) | divisor; // EBX/BX/BL holds the divisor
  const divReg = { 8: '%bl', 16: '%bx', 32: '%ebx' }[s.size];
  const op = signed ? 'idiv' : 'div';
  if (signed) {
    // Sign-extend the low half (cbtw/cwtd/cltd): a quotient of at most the low half fits.
    const ext = { 8: 'cbtw', 16: 'cwtd', 32: 'cltd' }[s.size];
    return { insn: `${ext}; ${op}${s.suffix} ${divReg}`, ctx: { mnemonic: op, size: s.size } };
  }
  if (s.size === 8) regs[0] = (regs[0] & ~0xff00) | (((regs[0] >>> 8) % divisor) << 8);
  else if (s.size === 16) regs[2] = (regs[2] & ~0xffff) | ((regs[2] & 0xffff) % divisor);
  else regs[2] = (regs[2] >>> 0) % divisor;
  return { insn: `${op}${s.suffix} ${divReg}`, ctx: { mnemonic: op, size: s.size } };
}

function bits(rng: Rng, regs: number[]): Draft {
  const op = rng.pick(['bt', 'bts', 'btr', 'btc', 'bsf', 'bsr']);
  const t = rng.pick(SIZES.slice(1));
  const dst = rng.pick(t.regs);
  if (op === 'bsf' || op === 'bsr') {
    const src = rng.pick(t.regs.filter((r) => r !== dst));
    const srcIndex = t.regs.indexOf(src);
    const mask = t.size === 32 ? 0xffffffff : 0xffff;
    if (rng.below(6) === 0) regs[srcIndex] &= ~mask; // zero source: destination undefined
    const zero = (regs[srcIndex] & mask) === 0;
    const undefinedRegs = zero ? [t.regs.indexOf(dst)] : [];
    return { insn: `${op} ${src},${dst}`, ctx: { mnemonic: op, size: t.size }, undefinedRegs };
  }
  const src = rng.below(2) === 0 ? `$${rng.below(64)}` : rng.pick(t.regs);
  if (rng.below(3) === 0 && src.startsWith('%')) {
    // Bit-string addressing: a register offset reaches outside the addressed word (kept
    // within +-64 bytes of dst+64, inside the buffer).
    regs[t.regs.indexOf(src)] = (rng.below(1024) - 512) >>> 0;
    const ctx = { mnemonic: op, size: t.size };
    return { insn: `${op}${t.suffix} ${src},dst+64`, ctx, memory: true };
  }
  return { insn: `${op}${t.suffix} ${src},${dst}`, ctx: { mnemonic: op, size: t.size } };
}

function conditional(rng: Rng): Draft {
  const cc = rng.pick(CONDITIONS);
  if (rng.below(2) === 0)
    return { insn: `set${cc} ${rng.pick(R8)}`, ctx: { mnemonic: 'setcc', size: 8 } };
  const t = rng.pick(SIZES.slice(1));
  return {
    insn: `cmov${cc} ${rng.pick(t.regs)},${rng.pick(t.regs)}`,
    ctx: { mnemonic: 'cmov', size: t.size },
  };
}

/// String instructions on the kernel's buffers: ESI/EDI point into them, ECX is small.
function strings(rng: Rng, regs: number[]): Draft {
  const op = rng.pick(['movs', 'stos', 'lods', 'cmps', 'scas']);
  const s = rng.pick(SIZES);
  const prefixes = op === 'cmps' || op === 'scas' ? ['', 'repe ', 'repne '] : ['', 'rep '];
  const prefix = rng.pick(prefixes);
  regs[1] = rng.below(7);
  const pre = `leal src+${64 + rng.below(32)},%esi; leal dst+${64 + rng.below(32)},%edi`;
  return { insn: `${prefix}${op}${s.suffix}`, ctx: { mnemonic: op, size: s.size }, pre };
}

function bcd(op: string): Draft {
  return { insn: op, ctx: { mnemonic: op, size: 8 } };
}

function misc(rng: Rng): Draft {
  const t = rng.pick(SIZES);
  const a = rng.pick(t.regs);
  const b = rng.pick(t.regs);
  const choices: Draft[] = [
    { insn: `xadd${t.suffix} ${a},${b}`, ctx: { mnemonic: 'add', size: t.size } },
    { insn: `cmpxchg${t.suffix} ${a},${b}`, ctx: { mnemonic: 'cmp', size: t.size } },
    { insn: `xchg${t.suffix} ${a},${b}`, ctx: { mnemonic: 'mov', size: t.size } },
    { insn: `bswap ${rng.pick(R32)}`, ctx: { mnemonic: 'mov', size: 32 } },
    { insn: `movsbl ${rng.pick(R8)},${rng.pick(R32)}`, ctx: { mnemonic: 'mov', size: 32 } },
    { insn: `movzwl ${rng.pick(R16)},${rng.pick(R32)}`, ctx: { mnemonic: 'mov', size: 32 } },
    {
      insn: rng.pick(['cbtw', 'cwtl', 'cwtd', 'cltd', 'lahf', 'sahf', 'cmc', 'clc', 'stc']),
      ctx: { mnemonic: 'mov', size: 32 },
    },
    bcd(rng.pick(['daa', 'das', 'aaa', 'aas'])),
    { insn: `aam $${1 + rng.below(255)}`, ctx: { mnemonic: 'aam', size: 8 } },
    { insn: `aad $${rng.below(256)}`, ctx: { mnemonic: 'aam', size: 8 } },
    {
      insn: `leal ${rng.below(4096) - 2048}(${rng.pick(R32)},${rng.pick(R32)},${rng.pick([1, 2, 4, 8])}),${rng.pick(R32)}`,
      ctx: { mnemonic: 'mov', size: 32 },
    },
  ];
  return rng.pick(choices);
}

const FAMILIES: readonly Generator[] = [
  alu,
  alu,
  unary,
  shift,
  shift,
  doubleShift,
  multiply,
  divide,
  bits,
  conditional,
  strings,
  misc,
];

/// Generates `count` cases from `seed`.
export function generateCases(seed: number, count: number): RandomCase[] {
  const rng = new Rng(seed);
  const cases: RandomCase[] = [];
  for (let index = 0; index < count; index++) {
    const regs = Array.from({ length: 6 }, () => rng.operand());
    const flagsIn = (rng.u32() & F_ALL) | (rng.below(4) === 0 ? 0x400 : 0) | 2;
    const draft = rng.pick(FAMILIES)(rng, regs);
    cases.push({
      index,
      regs,
      flagsIn,
      insn: draft.insn,
      pre: draft.pre ?? '',
      memory: draft.memory ?? draft.pre !== undefined,
      undefinedFlags: undefinedFlags(draft.ctx),
      undefinedRegs: draft.undefinedRegs ?? [],
    });
  }
  return cases;
}
