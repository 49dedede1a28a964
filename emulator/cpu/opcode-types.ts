/// Shapes of the opcode tables shared by the decoder (how long, which fields) and the
/// disassembler (mnemonic, operand order). Operand specs use the Intel manual's letters.
import type { Exec } from './insn.ts';

/// Operand kinds: E r/m, G reg field, M memory-only r/m, R register-only r/m, I immediate,
/// J relative target, O moffs, A far pointer, S segment register (reg field), C control register,
/// D debug register, Z register in the opcode's low bits, X DS:ESI, Y ES:EDI, F fixed register
/// (`reg` names it), N constant 1, T x87 stack register ST(i) from rm, P ST(0).
export type OperandKind =
  | 'E'
  | 'G'
  | 'M'
  | 'R'
  | 'I'
  | 'J'
  | 'O'
  | 'A'
  | 'S'
  | 'C'
  | 'D'
  | 'Z'
  | 'X'
  | 'Y'
  | 'F'
  | 'N'
  | 'T'
  | 'P';

/// One operand of a table entry. `size`: b byte, w word, d dword, v operand size, z immediate of
/// operand size capped at 32, p far pointer, q/t x87 memory widths, s sign-extended byte immediate.
export interface Operand {
  readonly kind: OperandKind;
  readonly size: string;
  /// For kind F: the register name as written in the table (al, eax, cl, dx, es...).
  readonly reg?: string;
}

/// One opcode (or group member) of the tables.
export interface OpEntry {
  /// Mnemonic; `a|b` gives the 16-bit and 32-bit operand-size spellings.
  readonly name: string;
  readonly ops: readonly Operand[];
  readonly exec: Exec;
  /// Fixed operand size in bits (8 or 16) or 0 for the operand-size attribute.
  readonly size: number;
  /// True when the opcode has a ModRM byte.
  readonly modrm: boolean;
  /// Group members chosen by ModRM.reg (8 entries), when this is a group.
  readonly group?: readonly OpEntry[];
  /// For groups whose register forms differ (0F 01, x87): entries by ModRM.rm when mod == 3,
  /// indexed reg * 8 + rm.
  readonly regForms?: readonly (OpEntry | null)[];
}
