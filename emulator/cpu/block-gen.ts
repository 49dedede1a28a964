/// JavaScript source for one instruction of a translated block (blocks.ts). The hottest 32-bit
/// forms (MOV, LEA, ALU, TEST, INC/DEC, PUSH/POP, MOVZX/MOVSX, Jcc/JMP/CALL/RET) become inline
/// code with the register numbers, displacements and immediates as constants; everything else
/// calls the instruction's own execute function. Semantics, including the order of memory
/// accesses and register writes (a fault leaves the state of the instruction's start), are those
/// of fast-paths.ts and exec-*.ts.
///
/// Names in scope of the generated code (see blocks.ts): `cpu`, `c0` (icount at block entry),
/// `R` regs, `sc` segCheck, `sb` segBase, `pg` pageGen, `s32` (SS is 32-bit), `I`/`X` (the
/// block's Insn objects and their execute functions), scratch `a b r o v x`, and the helpers
/// checkSegment, condition, saveCarry.
import { L_ADD, L_DEC, L_INC, L_LOGIC, L_SUB } from './flags.ts';
import type { Insn } from './insn.ts';

/// What the last inline flag-setting instruction left in `a`, `b`, `r` (for fused Jcc), or null.
export interface KnownFlags {
  readonly kind: number;
}

/// Code of one instruction and how the block continues after it.
export interface Emitted {
  readonly src: string;
  /// True when the block ends with this instruction (it set EIP itself).
  readonly ends: boolean;
  /// True when it may write guest memory (the block re-checks its page generation after it).
  readonly writes: boolean;
  /// Flags knowledge after it (undefined: unchanged).
  readonly flags?: KnownFlags | null;
  /// A direct jump or call (to `target`), conditional when `cond` is set (taken when true).
  readonly target?: number;
  readonly cond?: string;
}

/// Context of one instruction: its index, its EIP, the fall-through EIP.
export interface Site {
  readonly k: number;
  readonly eip: number;
  readonly next: number;
  readonly flags: KnownFlags | null;
}

const OPS = ['(a + b) | 0', 'a | b', '', '', 'a & b', '(a - b) | 0', 'a ^ b', '(a - b) | 0'];
const KINDS = [L_ADD, L_LOGIC, 0, 0, L_LOGIC, L_SUB, L_LOGIC, L_SUB];

/// Offset expression of `i`'s memory operand (32-bit addressing only).
function eaSrc(i: Insn): string {
  let s = String(i.disp | 0);
  if (i.base >= 0) s += ` + R[${i.base}]`;
  if (i.index >= 0) s += i.scale === 0 ? ` + R[${i.index}]` : ` + (R[${i.index}] << ${i.scale})`;
  return `(${s}) | 0`;
}

/// Sets `x` to the linear address of `i`'s memory operand after the segment check. ES, SS and DS
/// are flat while blocks run (Cpu.runBlocks checks), so their offset is the linear address.
function linSrc(i: Insn, bytes: number, write: boolean): string {
  if (i.seg === 0 || i.seg === 2 || i.seg === 3) return `x = ${eaSrc(i)};`;
  return `o = ${eaSrc(i)}; if (sc[${i.seg}] !== 0) checkSegment(cpu, ${i.seg}, o, ${bytes}, ${write}); x = (sb[${i.seg}] + o) | 0;`;
}

/// Physical address of linear `x` from TLB entry `e` (the software TLB's fast path, inline).
const PHYS = '((e & -4096) | (x & 4095))';

/// Expression reading `size` bits at linear `x`: aligned dwords and bytes straight from RAM when
/// the TLB allows, anything else through the CPU's accessors (page walk, faults).
function read(size: number): string {
  if (size === 32)
    return `(((e = T[x >>> 12]) & rm) === rm && (x & 3) === 0 ? M32[${PHYS} >>> 2] : cpu.readLin32(x))`;
  if (size === 8) return `(((e = T[x >>> 12]) & rm) === rm ? M8[${PHYS}] : cpu.readLin8(x))`;
  return 'cpu.readLin16(x)';
}

/// Statement writing `val` (`size` bits) at linear `x`. The fast path needs a TLB entry marked
/// free of code; the slow one may hit code, so it is followed by the block's code-write check
/// (SMC, filled in by the block builder).
function store(size: number, val: string): string {
  if (size === 32)
    return `if (((e = T[x >>> 12]) & wm) === wm && (x & 3) === 0) M32[${PHYS} >>> 2] = ${val}; else { cpu.writeLin32(x, ${val}); ${SMC} }`;
  if (size === 8)
    return `if (((e = T[x >>> 12]) & wm) === wm) M8[${PHYS}] = ${val}; else { cpu.writeLin8(x, ${val}); ${SMC} }`;
  return `cpu.writeLin16(x, ${val}); ${SMC}`;
}

/// Placeholder for the code-write check after a slow-path store (see blocks.ts).
export const SMC = '$SMC$';

/// An 8-bit register (AL CL DL BL AH CH DH BH) as an expression, zero-extended.
function get8(r: number): string {
  return r < 4 ? `(R[${r}] & 0xff)` : `((R[${r - 4}] >>> 8) & 0xff)`;
}

/// Statement writing the low byte of `val` to 8-bit register `r`.
function set8(r: number, val: string): string {
  return r < 4
    ? `R[${r}] = (R[${r}] & ~0xff) | ((${val}) & 0xff);`
    : `R[${r - 4}] = (R[${r - 4}] & ~0xff00) | (((${val}) & 0xff) << 8);`;
}

function lazy(kind: number, size: number): string {
  return `cpu.lop = ${kind}; cpu.la = a; cpu.lb = b; cpu.lr = r; cpu.lsz = ${size};`;
}

const plain = (src: string, writes = false): Emitted => ({ src, ends: false, writes });

/// ALU `kind` (ADD OR AND SUB XOR CMP) on 32 or 8 bits: `dst` is 'rm' (r/m destination) or
/// 'reg'; `imm` when the source is `i.imm`, `eax` for the accumulator short forms.
function alu(
  i: Insn,
  kind: number,
  size: number,
  dst: 'rm' | 'reg' | 'eax',
  imm: boolean,
): Emitted | null {
  const write = kind !== 7;
  const op = OPS[kind];
  const flags: KnownFlags | null = size === 32 ? { kind: KINDS[kind] } : null;
  const done = (src: string, writes = false): Emitted => ({
    src: `${src} ${lazy(KINDS[kind], size)}`,
    ends: false,
    writes,
    flags,
  });
  const reg = (n: number) => (size === 32 ? `R[${n}]` : get8(n));
  const put = (n: number) => (size === 32 ? `R[${n}] = r;` : set8(n, 'r'));
  const immSrc = size === 32 ? String(i.imm | 0) : String(i.imm & 0xff);
  if (dst === 'eax') return done(`a = ${reg(0)}; b = ${immSrc}; r = ${op}; ${write ? put(0) : ''}`);
  if (dst === 'reg') {
    const b = i.rm >= 0 ? reg(i.rm) : null;
    if (b !== null)
      return done(`a = ${reg(i.reg)}; b = ${b}; r = ${op}; ${write ? put(i.reg) : ''}`);
    return done(
      `${linSrc(i, size >>> 3, false)} b = ${read(size)}; a = ${reg(i.reg)}; r = ${op}; ${write ? put(i.reg) : ''}`,
    );
  }
  const src = imm ? immSrc : reg(i.reg);
  if (i.rm >= 0) return done(`a = ${reg(i.rm)}; b = ${src}; r = ${op}; ${write ? put(i.rm) : ''}`);
  return done(
    `${linSrc(i, size >>> 3, write)} a = ${read(size)}; b = ${src}; r = ${op}; ${write ? store(size, 'r') : ''}`,
  );
}

/// TEST on 32 bits: r/m with reg or imm.
function test(i: Insn, src: string): Emitted {
  const a = i.rm >= 0 ? `a = R[${i.rm}];` : `${linSrc(i, 4, false)} a = ${read(32)};`;
  return {
    src: `${a} b = ${src}; r = a & b; ${lazy(L_LOGIC, 32)}`,
    ends: false,
    writes: false,
    flags: { kind: L_LOGIC },
  };
}

/// Loads the r/m operand of `bits` (8 or 16) into `v`, zero-extended.
function loadNarrow(i: Insn, bits: number): string {
  if (i.rm >= 0) return `v = ${bits === 8 ? get8(i.rm) : `R[${i.rm}] & 0xffff`};`;
  return `${linSrc(i, bits >>> 3, false)} v = ${read(bits)};`;
}

/// Pushes the 32-bit value of expression `val` (a 16-bit stack takes the generic push32).
function push(val: string): string {
  return `v = ${val}; if (!s32) { cpu.push32(v); ${SMC} } else { x = (R[4] - 4) | 0; ${store(32, 'v')} R[4] = x; }`;
}

/// Pops 32 bits into `v` (a 16-bit stack takes the generic pop32).
const POP = `if (!s32) v = cpu.pop32(); else { x = R[4]; v = ${read(32)}; R[4] = (x + 4) | 0; }`;

/// Condition `cc` as an expression: from `a b r` when the flags producer is known, else lazily.
function cond(cc: number, f: KnownFlags | null): string {
  const neg = (e: string) => ((cc & 1) === 0 ? e : `!(${e})`);
  const generic = `condition(cpu, ${cc})`;
  if (f === null) return generic;
  const c = cc >>> 1;
  if (f.kind === L_SUB) {
    const e = [
      '((a ^ b) & (a ^ r)) < 0',
      '(a >>> 0) < (b >>> 0)',
      'a === b',
      '(a >>> 0) <= (b >>> 0)',
      'r < 0',
      '',
      'a < b',
      'a <= b',
    ][c];
    return e === '' ? generic : neg(e);
  }
  if (f.kind === L_LOGIC) {
    const e = ['false', 'false', 'r === 0', 'r === 0', 'r < 0', '', 'r < 0', 'r <= 0'][c];
    return e === '' ? generic : neg(e);
  }
  if (c === 2) return neg('r === 0');
  if (c === 4) return neg('r < 0');
  if (f.kind === L_ADD && c === 1) return neg('(r >>> 0) < (a >>> 0)');
  return generic;
}

export function end(src: string): Emitted {
  return { src, ends: true, writes: false, flags: null };
}

/// Inline code for the 32-bit control transfers, or null. Jcc, JMP and CALL leave the exit to
/// the block builder (`target`, `cond`), which may continue the block past them.
function control(i: Insn, s: Site): Emitted | null {
  const op = i.op;
  const target = (s.next + i.imm) | 0;
  if ((op >= 0x70 && op <= 0x7f) || (op >= 0x180 && op <= 0x18f))
    return { src: '', ends: false, writes: false, target, cond: cond(op & 0xf, s.flags) };
  if (op === 0xe9 || op === 0xeb) return { src: '', ends: false, writes: false, target };
  if (op === 0xe8) return { src: push(String(s.next)), ends: false, writes: false, target };
  if (op === 0xc3) return end(`${POP} cpu.eip = v;`);
  return null;
}

/// SHL/SHR/SAR of a 32-bit r/m by the constant `count` (C1 /4 /5 /7, D1), with the flags of
/// exec-shift.ts shiftOp (a zero count changes nothing and touches no memory).
function shift(i: Insn, kind: number, count: number): Emitted | null {
  const c = count & 31;
  if (c === 0) return plain('');
  let op: string;
  if (kind === 4 || kind === 6)
    op = `r = v << ${c}; a = (v >>> ${32 - c}) & 1; b = ((r >>> 31) ^ a) & 1;`;
  else if (kind === 5) op = `r = v >>> ${c}; a = (v >>> ${c - 1}) & 1; b = (v >>> 31) & 1;`;
  else if (kind === 7) op = `r = v >> ${c}; a = (v >> ${c - 1}) & 1; b = 0;`;
  else return null;
  const flags = 'cpu.lop = 8; cpu.lr = r; cpu.lsz = 32; cpu.lc = a; cpu.lb = b;';
  const src =
    i.rm >= 0
      ? `v = R[${i.rm}]; ${op} R[${i.rm}] = r; ${flags}`
      : `${linSrc(i, 4, true)} v = ${read(32)}; ${op} ${store(32, 'r')} ${flags}`;
  return { src, ends: false, writes: false, flags: null };
}

/// IMUL with a truncated 32-bit product (0F AF, 69, 6B): CF = OF = the product overflowed
/// (exact: a double product that fits in 32 bits is exact, one that does not cannot equal it).
function imul(i: Insn, src: string, dst: number): Emitted {
  const v = i.rm >= 0 ? `v = R[${i.rm}];` : `${linSrc(i, 4, false)} v = ${read(32)};`;
  return {
    src: `${v} a = ${src}; r = Math.imul(a, v); a = a * v !== r ? 1 : 0; R[${dst}] = r; cpu.lop = 8; cpu.lr = r; cpu.lsz = 32; cpu.lc = a; cpu.lb = a;`,
    ends: false,
    writes: false,
    flags: null,
  };
}

/// Inline code for `i`, or null when it must take its generic execute function.
export function emitInline(i: Insn, s: Site): Emitted | null {
  if (i.lock || i.asize !== 32) return null;
  const op = i.op;
  if (i.size === 8) return emitByte(i);
  if (i.size !== 32) return null;
  if (op < 0x40 && (op & 7) < 6 && (op & 7) % 2 === 1) {
    const kind = (op >>> 3) & 7;
    if (kind === 2 || kind === 3) return null;
    return alu(i, kind, 32, (op & 7) === 1 ? 'rm' : (op & 7) === 3 ? 'reg' : 'eax', false);
  }
  if (op === 0x81 || op === 0x83)
    return i.reg === 2 || i.reg === 3 ? null : alu(i, i.reg, 32, 'rm', true);
  if (op === 0x85) return test(i, `R[${i.reg}]`);
  if (op === 0xc1) return shift(i, i.reg, i.imm);
  if (op === 0xd1) return shift(i, i.reg, 1);
  if (op === 0x1af) return imul(i, `R[${i.reg}]`, i.reg);
  if (op === 0x69 || op === 0x6b) return imul(i, String(i.imm | 0), i.reg);
  if (op === 0xa9)
    return {
      src: `a = R[0]; b = ${i.imm | 0}; r = a & b; ${lazy(L_LOGIC, 32)}`,
      ends: false,
      writes: false,
      flags: { kind: L_LOGIC },
    };
  if (op === 0xf7 && i.reg === 0) return test(i, String(i.imm | 0));
  if (op === 0x89)
    return i.rm >= 0
      ? plain(`R[${i.rm}] = R[${i.reg}];`)
      : plain(`${linSrc(i, 4, true)} ${store(32, `R[${i.reg}]`)}`);
  if (op === 0x8b)
    return plain(
      i.rm >= 0 ? `R[${i.reg}] = R[${i.rm}];` : `${linSrc(i, 4, false)} R[${i.reg}] = ${read(32)};`,
    );
  if (op === 0xc7 && i.reg === 0)
    return i.rm >= 0
      ? plain(`R[${i.rm}] = ${i.imm | 0};`)
      : plain(`${linSrc(i, 4, true)} ${store(32, String(i.imm | 0))}`);
  if (op >= 0xb8 && op <= 0xbf) return plain(`R[${op & 7}] = ${i.imm | 0};`);
  if (op === 0x8d && i.rm < 0) return plain(`R[${i.reg}] = ${eaSrc(i)};`);
  if (op >= 0x40 && op <= 0x4f) {
    const n = op & 7,
      inc = op < 0x48;
    return {
      src: `saveCarry(cpu); a = R[${n}]; b = 1; r = (a ${inc ? '+' : '-'} 1) | 0; R[${n}] = r; ${lazy(inc ? L_INC : L_DEC, 32)}`,
      ends: false,
      writes: false,
      flags: { kind: inc ? L_INC : L_DEC },
    };
  }
  if (op >= 0x50 && op <= 0x57) return plain(push(`R[${op & 7}]`));
  if (op === 0x68 || op === 0x6a) return plain(push(String(i.imm | 0)));
  if (op >= 0x58 && op <= 0x5f) return plain(`${POP} R[${op & 7}] = v;`);
  if (op === 0x1b6 || op === 0x1b7)
    return plain(`${loadNarrow(i, op === 0x1b6 ? 8 : 16)} R[${i.reg}] = v;`);
  if (op === 0x1be) return plain(`${loadNarrow(i, 8)} R[${i.reg}] = (v << 24) >> 24;`);
  if (op === 0x1bf) return plain(`${loadNarrow(i, 16)} R[${i.reg}] = (v << 16) >> 16;`);
  return control(i, s);
}

/// Inline code for the byte forms of MOV, ALU (not ADC/SBB) and TEST.
function emitByte(i: Insn): Emitted | null {
  const op = i.op;
  if (op < 0x40 && (op & 7) < 6 && (op & 7) % 2 === 0) {
    const kind = (op >>> 3) & 7;
    if (kind === 2 || kind === 3) return null;
    return alu(i, kind, 8, (op & 7) === 0 ? 'rm' : (op & 7) === 2 ? 'reg' : 'eax', false);
  }
  if (op === 0x80 || op === 0x82)
    return i.reg === 2 || i.reg === 3 ? null : alu(i, i.reg, 8, 'rm', true);
  if (op === 0x84) {
    const a = i.rm >= 0 ? `a = ${get8(i.rm)};` : `${linSrc(i, 1, false)} a = ${read(8)};`;
    return {
      src: `${a} b = ${get8(i.reg)}; r = a & b; ${lazy(L_LOGIC, 8)}`,
      ends: false,
      writes: false,
      flags: null,
    };
  }
  if (op === 0x88)
    return i.rm >= 0
      ? plain(set8(i.rm, get8(i.reg)))
      : plain(`${linSrc(i, 1, true)} ${store(8, get8(i.reg))}`);
  if (op === 0x8a)
    return plain(
      i.rm >= 0
        ? set8(i.reg, get8(i.rm))
        : `${linSrc(i, 1, false)} v = ${read(8)}; ${set8(i.reg, 'v')}`,
    );
  if (op === 0xc6 && i.rm < 0 && i.reg === 0)
    return plain(`${linSrc(i, 1, true)} ${store(8, String(i.imm & 0xff))}`);
  if (op >= 0xb0 && op <= 0xb7) return plain(set8(op & 7, String(i.imm & 0xff)));
  return null;
}
