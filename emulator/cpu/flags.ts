/// Lazy arithmetic flags. An ALU instruction records its kind, operands and result (`lop`, `la`,
/// `lb`, `lr`, `lsz`, `lc` on the CPU); CF/PF/AF/ZF/SF/OF are computed only when something reads
/// them (a Jcc needs one or two, PUSHF needs all). While `lop` is 0 they live in `cpu.flags`.
import { AF, ARITH, CF, OF, PF, SF, ZF } from './constants.ts';
import type { Cpu } from './cpu.ts';

/// Kinds of the last flag-setting operation.
export const L_NONE = 0,
  L_ADD = 1,
  L_ADC = 2,
  L_SUB = 3,
  L_SBB = 4,
  L_LOGIC = 5;
export const L_INC = 6,
  L_DEC = 7;
/// Shifts and multiplies: ZF/SF/PF from the result, CF = `lc`, OF = `lb`, AF = 0.
export const L_RESULT = 8;

const PARITY = new Uint8Array(256);
for (let v = 0; v < 256; v++) {
  let bits = 0;
  for (let b = 0; b < 8; b++) bits += (v >> b) & 1;
  PARITY[v] = bits % 2 === 0 ? 1 : 0;
}

/// Mask of an operand size in bits.
export function sizeMask(size: number): number {
  return size === 32 ? -1 : size === 16 ? 0xffff : 0xff;
}

/// Records a flag-setting operation (`cin` is the carry-in of ADC/SBB).
export function setLazy(
  cpu: Cpu,
  kind: number,
  a: number,
  b: number,
  r: number,
  size: number,
): void {
  cpu.lop = kind;
  cpu.la = a;
  cpu.lb = b;
  cpu.lr = r;
  cpu.lsz = size;
}

/// Carry flag as 0/1.
export function getCF(cpu: Cpu): number {
  const m = sizeMask(cpu.lsz);
  switch (cpu.lop) {
    case L_ADD:
      return (cpu.lr & m) >>> 0 < (cpu.la & m) >>> 0 ? 1 : 0;
    case L_ADC:
      return cpu.lc !== 0
        ? (cpu.lr & m) >>> 0 <= (cpu.la & m) >>> 0
          ? 1
          : 0
        : (cpu.lr & m) >>> 0 < (cpu.la & m) >>> 0
          ? 1
          : 0;
    case L_SUB:
      return (cpu.la & m) >>> 0 < (cpu.lb & m) >>> 0 ? 1 : 0;
    case L_SBB:
      return cpu.lc !== 0
        ? (cpu.la & m) >>> 0 <= (cpu.lb & m) >>> 0
          ? 1
          : 0
        : (cpu.la & m) >>> 0 < (cpu.lb & m) >>> 0
          ? 1
          : 0;
    case L_LOGIC:
      return 0;
    case L_RESULT:
      return cpu.lc;
    default:
      return cpu.flags & CF;
  }
}

/// Zero flag as 0/1.
export function getZF(cpu: Cpu): number {
  if (cpu.lop === L_NONE) return (cpu.flags >>> 6) & 1;
  return (cpu.lr & sizeMask(cpu.lsz)) === 0 ? 1 : 0;
}

/// Sign flag as 0/1.
export function getSF(cpu: Cpu): number {
  if (cpu.lop === L_NONE) return (cpu.flags >>> 7) & 1;
  return (cpu.lr >>> (cpu.lsz - 1)) & 1;
}

/// Parity flag (of the low result byte) as 0/1.
export function getPF(cpu: Cpu): number {
  if (cpu.lop === L_NONE) return (cpu.flags >>> 2) & 1;
  return PARITY[cpu.lr & 0xff];
}

/// Overflow flag as 0/1.
export function getOF(cpu: Cpu): number {
  const sign = cpu.lsz - 1;
  switch (cpu.lop) {
    case L_ADD:
    case L_ADC:
    case L_INC:
      return (((cpu.la ^ cpu.lr) & (cpu.lb ^ cpu.lr)) >>> sign) & 1;
    case L_SUB:
    case L_SBB:
    case L_DEC:
      return (((cpu.la ^ cpu.lb) & (cpu.la ^ cpu.lr)) >>> sign) & 1;
    case L_LOGIC:
      return 0;
    case L_RESULT:
      return cpu.lb;
    default:
      return (cpu.flags >>> 11) & 1;
  }
}

/// Auxiliary-carry flag as 0/1.
export function getAF(cpu: Cpu): number {
  switch (cpu.lop) {
    case L_NONE:
      return (cpu.flags >>> 4) & 1;
    case L_LOGIC:
    case L_RESULT:
      return 0;
    default:
      return ((cpu.la ^ cpu.lb ^ cpu.lr) >>> 4) & 1;
  }
}

/// Full EFLAGS with the arithmetic bits brought up to date (and made non-lazy).
export function getFlags(cpu: Cpu): number {
  if (cpu.lop !== L_NONE) {
    const arith =
      getCF(cpu) |
      (getPF(cpu) << 2) |
      (getAF(cpu) << 4) |
      (getZF(cpu) << 6) |
      (getSF(cpu) << 7) |
      (getOF(cpu) << 11);
    cpu.flags = (cpu.flags & ~ARITH) | arith;
    cpu.lop = L_NONE;
  }
  return cpu.flags | 2;
}

/// Replaces the bits of EFLAGS selected by `mask` with those of `value`.
export function setFlagBits(cpu: Cpu, value: number, mask: number): void {
  getFlags(cpu);
  cpu.flags = ((cpu.flags & ~mask) | (value & mask) | 2) & 0x3f7fd7;
}

/// Sets or clears one arithmetic flag, materializing the others first.
export function putFlag(cpu: Cpu, flag: number, on: boolean | number): void {
  getFlags(cpu);
  if (on) cpu.flags |= flag;
  else cpu.flags &= ~flag;
}

/// Before INC/DEC (which keep CF): stores the current CF so the lazy kind can read it.
export function saveCarry(cpu: Cpu): void {
  if (cpu.lop === L_NONE || cpu.lop === L_INC || cpu.lop === L_DEC) return;
  cpu.flags = (cpu.flags & ~CF) | getCF(cpu);
}

/// Evaluates condition code `cc` (the low nibble of Jcc/SETcc/CMOVcc).
export function condition(cpu: Cpu, cc: number): boolean {
  let r: number;
  switch (cc >>> 1) {
    case 0:
      r = getOF(cpu);
      break;
    case 1:
      r = getCF(cpu);
      break;
    case 2:
      r = getZF(cpu);
      break;
    case 3:
      r = getCF(cpu) | getZF(cpu);
      break;
    case 4:
      r = getSF(cpu);
      break;
    case 5:
      r = getPF(cpu);
      break;
    case 6:
      r = getSF(cpu) ^ getOF(cpu);
      break;
    default:
      r = getZF(cpu) | (getSF(cpu) ^ getOF(cpu));
  }
  return (r ^ (cc & 1)) !== 0;
}

/// Stores shift/multiply results: CF, OF, AF as given, ZF/SF/PF from `r` lazily.
export function setResultFlags(cpu: Cpu, r: number, size: number, cf: number, of: number): void {
  cpu.lop = L_RESULT;
  cpu.lr = r;
  cpu.lsz = size;
  cpu.lc = cf ? 1 : 0;
  cpu.lb = of ? 1 : 0;
}

export { AF, CF, OF, PF, SF, ZF };

/// Sets only CF and OF (rotates keep SF, ZF, AF and PF).
export function setCarryOverflow(cpu: Cpu, cf: number, of: number): void {
  getFlags(cpu);
  cpu.flags = (cpu.flags & ~(CF | OF)) | (cf ? CF : 0) | (of ? OF : 0);
}
