/// Formats a decoded instruction in GNU objdump's AT&T syntax: operands reversed, `%reg`, `$imm`,
/// `disp(base,index,scale)`, size suffixes where no register operand implies the size, and
/// objdump's spellings for the irregular cases.
import type { Insn } from '../cpu/insn.ts';
import type { Operand } from '../cpu/opcode-types.ts';

const R32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
const R16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'];
const R8 = ['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh'];
const SEG = ['es', 'cs', 'ss', 'ds', 'fs', 'gs', '?', '?'];
const SUFFIX: Record<number, string> = { 8: 'b', 16: 'w', 32: 'l' };

/// Turns a branch target into text (objdump prints `100020 <main+0x4>` with symbols).
export type Symbolizer = (addr: number) => string;

/// `0x` hex of an unsigned value.
export function hex(v: number): string {
  return `0x${(v >>> 0).toString(16)}`;
}

function reg(size: number, r: number): string {
  return `%${size === 32 ? R32[r] : size === 16 ? R16[r] : R8[r]}`;
}

/// Opcodes whose 16-bit selector operand objdump prints at the operand size for registers.
const SELECTOR_OPS = new Set([0x8c, 0x8e, 0x100, 0x101, 0x102, 0x103]);

/// True when a register operand of a selector-sized instruction is printed at the operand size
/// (objdump's `sldt %eax`, `str %eax`, `smsw %eax`) rather than as 16 bits.
function selectorRegAtOpsize(i: Insn): boolean {
  if (!SELECTOR_OPS.has(i.op)) return false;
  if (i.op === 0x100) return i.reg < 2;
  if (i.op === 0x101) return i.reg === 4;
  return true;
}

/// Operand width in bits named by a size letter, given the instruction.
function widthOf(o: Operand, i: Insn): number {
  switch (o.size) {
    case 'b':
      return 8;
    case 'w':
      return 16;
    case 'd':
      return 32;
    default:
      return i.size === 8 ? i.opsize : i.size;
  }
}

/// The memory operand `seg:disp(base,index,scale)`.
export function memoryOperand(i: Insn): string {
  const regs = i.asize === 16 ? R16 : R32;
  const seg = i.segPrefix >= 0 ? `%${SEG[i.segPrefix]}:` : '';
  const mod = i.modrm >>> 6;
  const showDisp = i.base < 0 || mod !== 0 || i.modrm < 0;
  let disp = '';
  if (showDisp) {
    const d = i.asize === 16 ? i.disp & 0xffff : i.disp;
    disp = i.base < 0 && i.index < 0 ? hex(d) : d < 0 ? `-${hex(-d)}` : hex(d);
  }
  const sib = i.asize === 32 && i.modrm >= 0 && (i.modrm & 7) === 4;
  if (i.base < 0 && i.index < 0 && !sib) return `${seg}${disp}`;
  const base = i.base >= 0 ? `%${regs[i.base]}` : '';
  // objdump shows a SIB byte without an index as %eiz, except the plain (%esp) form.
  let index = '';
  if (i.index >= 0) index = `,%${regs[i.index]},${1 << i.scale}`;
  else if (sib && (i.base !== 4 || i.scale !== 0)) index = `,%eiz,${1 << i.scale}`;
  return `${seg}${disp}(${base}${index})`;
}

/// Text of one operand, or null for operands objdump does not print (the shift count 1).
function operand(
  o: Operand,
  i: Insn,
  addr: number,
  sym: Symbolizer,
  second: boolean,
): string | null {
  const w = widthOf(o, i);
  switch (o.kind) {
    case 'E':
    case 'R':
      return i.rm >= 0
        ? reg(o.kind === 'E' && selectorRegAtOpsize(i) ? i.opsize : w, i.rm)
        : memoryOperand(i);
    case 'M':
      return memoryOperand(i);
    case 'G':
      return reg(w, i.reg);
    case 'Z':
      return reg(o.size === 'b' ? 8 : o.size === 'd' ? 32 : i.opsize, i.op & 7);
    case 'I': {
      const bits = o.size === 'b' ? 8 : o.size === 'w' ? 16 : o.size === 's' ? i.size : i.opsize;
      const mask = bits === 32 ? -1 : (1 << bits) - 1;
      return `$${hex((second ? i.imm2 : i.imm) & mask)}`;
    }
    case 'J':
      return sym((addr + i.len + i.imm) & (i.opsize === 16 ? 0xffff : -1));
    case 'O':
      return memoryOperand(i);
    case 'S':
      return `%${SEG[i.reg]}`;
    case 'C':
      return `%cr${i.reg}`;
    case 'D':
      return `%db${i.reg}`;
    case 'X':
      if (i.op === 0xd7)
        return `%${i.segPrefix >= 0 ? SEG[i.segPrefix] : 'ds'}:(%${i.asize === 16 ? 'bx' : 'ebx'})`;
      return `%${i.segPrefix >= 0 ? SEG[i.segPrefix] : 'ds'}:(%${i.asize === 16 ? 'si' : 'esi'})`;
    case 'Y':
      return `%es:(%${i.asize === 16 ? 'di' : 'edi'})`;
    case 'T':
      return `%st(${i.modrm & 7})`;
    case 'P':
      return '%st';
    case 'N':
      return null;
    case 'A':
      return `$${hex(i.imm2)},$${hex(i.imm)}`;
    default:
      return fixedRegister(o.reg ?? '', i);
  }
}

function fixedRegister(name: string, i: Insn): string {
  if (name === 'eax') return i.opsize === 16 ? '%ax' : '%eax';
  if (name === 'dx' && (i.op === 0xec || i.op === 0xed || i.op === 0xee || i.op === 0xef))
    return '(%dx)';
  if (name === 'dx' && (i.op === 0x6c || i.op === 0x6d || i.op === 0x6e || i.op === 0x6f))
    return '(%dx)';
  return `%${name}`;
}

/// Indirect branches: printed with `*` and without a size suffix.
const INDIRECT = new Set(['call', 'jmp', 'lcall', 'ljmp']);
/// Opcodes objdump prints in Intel operand order (ENTER, far pointers, BOUND).
const KEEP_ORDER = new Set([0xc8, 0x9a, 0xea, 0x62]);

const NO_SUFFIX = new Set([
  'lea',
  'lgdtl',
  'lidtl',
  'sgdtl',
  'sidtl',
  'lgdtw',
  'lidtw',
  'sgdtw',
  'sidtw',
  'invlpg',
  'bound',
  'les',
  'lds',
  'lss',
  'lfs',
  'lgs',
  'cmpxchg8b',
]);

/// True when objdump adds a size suffix: a memory operand and no register operand fixes the size.
function needsSuffix(i: Insn, ops: readonly Operand[], name: string): boolean {
  if (name.startsWith('f') || name.startsWith('set') || NO_SUFFIX.has(name) || i.rm >= 0)
    return false;
  if (name.startsWith('movz') || (name.startsWith('movs') && (i.op === 0x1be || i.op === 0x1bf)))
    return true;
  const hasMem = ops.some((o) => o.kind === 'E' || o.kind === 'M');
  const hasReg = ops.some(
    (o) => o.kind === 'G' || o.kind === 'Z' || o.kind === 'F' || o.kind === 'S' || o.kind === 'C',
  );
  return hasMem && !hasReg;
}

/// Mnemonic for the operand size (`a|b` entries) plus objdump's suffix rules.
function mnemonic(i: Insn, ops: readonly Operand[]): string {
  const raw = i.entry?.name ?? '(bad)';
  const bar = raw.indexOf('|');
  let name = bar < 0 ? raw : i.opsize === 16 ? raw.slice(0, bar) : raw.slice(bar + 1);
  if (i.op === 0x1b6 || i.op === 0x1b7 || i.op === 0x1be || i.op === 0x1bf)
    return name + SUFFIX[i.opsize];
  if (INDIRECT.has(name) && (ops[0]?.kind === 'E' || ops[0]?.kind === 'M')) return name;
  // F3 0F BC/BD: objdump names the BMI forms (this CPU, like QEMU's, runs them as BSF/BSR).
  if (i.rep === 1 && (i.op === 0x1bc || i.op === 0x1bd)) return i.op === 0x1bc ? 'tzcnt' : 'lzcnt';
  if ((name === 'push' || name === 'pop') && ops[0]?.kind === 'E') return name;
  // A 16-bit push of an immediate or a segment register has no register to show its size.
  const sizeless =
    ops[0]?.kind === 'I' || (ops[0]?.kind === 'F' && /^[c-gs]s$/.test(ops[0].reg ?? ''));
  if ((name === 'push' || name === 'pop') && sizeless && i.opsize === 16) return `${name}w`;
  if (needsSuffix(i, ops, name)) name += SUFFIX[i.size] ?? '';
  return name;
}

/// The full AT&T text of `i` located at `addr` (without address and bytes).
export function formatInsn(i: Insn, addr: number, sym: Symbolizer): string {
  const entry = i.entry;
  if (!entry || entry.name === '(bad)') return '(bad)';
  const ops = entry.ops;
  let name = mnemonic(i, ops);
  if (i.op === 0x90 && i.opsize === 16) return 'xchg   %ax,%ax';
  if (i.op === 0x11e && i.rep === 1 && (i.modrm === 0xfb || i.modrm === 0xfa))
    return i.modrm === 0xfb ? 'endbr32' : 'endbr64';
  const texts: string[] = [];
  let immediates = 0;
  for (const o of ops) {
    const t = operand(o, i, addr, sym, o.kind === 'I' && immediates++ > 0);
    if (t !== null) texts.push(t);
  }
  const indirect = INDIRECT.has(name) && (ops[0]?.kind === 'E' || ops[0]?.kind === 'M');
  const order = KEEP_ORDER.has(i.op) ? texts : texts.reverse();
  if (indirect) order[0] = `*${order[0]}`;
  if (i.rep !== 0 && isString(i.op))
    name = `${i.rep === 2 && (i.op & 0xf6) === 0xa6 ? 'repnz' : i.rep === 1 && (i.op & 0xf6) === 0xa6 ? 'repz' : 'rep'} ${name}`;
  if (i.lock) name = `lock ${name}`;
  return order.length === 0 ? name : `${name.padEnd(6)} ${order.join(',')}`;
}

function isString(op: number): boolean {
  return (op >= 0xa4 && op <= 0xa7) || (op >= 0xaa && op <= 0xaf) || (op >= 0x6c && op <= 0x6f);
}
