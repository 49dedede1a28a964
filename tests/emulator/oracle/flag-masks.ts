/// The flags the manuals leave undefined after each instruction family, shared by the
/// randomized tester and the lockstep comparison: a difference in one of them is not a bug.

/// Arithmetic flag bits of EFLAGS.
export const CF = 0x001;
export const PF = 0x004;
export const AF = 0x010;
export const ZF = 0x040;
export const SF = 0x080;
export const OF = 0x800;
/// All six arithmetic flags.
export const F_ALL = CF | PF | AF | ZF | SF | OF;

/// What decides the undefined flags of one executed instruction.
export interface FlagContext {
  /// Mnemonic without prefixes or AT&T size suffix (`shl`, `imul`, `bsf`), or a family name.
  readonly mnemonic: string;
  /// Operand size in bits.
  readonly size: 8 | 16 | 32;
  /// Shift/rotate count as encoded (before the CPU masks it to 5 bits); undefined = unknown,
  /// which masks as if the count were greater than 1.
  readonly count?: number;
}

const SHIFTS = new Set(['shl', 'sal', 'shr', 'sar']);
const ROTATES = new Set(['rol', 'ror', 'rcl', 'rcr']);
const DOUBLE = new Set(['shld', 'shrd']);

/// The undefined flags (a subset of F_ALL) after an instruction of the given context.
export function undefinedFlags(ctx: FlagContext): number {
  const m = ctx.mnemonic;
  if (SHIFTS.has(m) || ROTATES.has(m) || DOUBLE.has(m)) return shiftUndefined(ctx);
  switch (m) {
    case 'and':
    case 'or':
    case 'xor':
    case 'test':
      return AF;
    case 'mul':
    case 'imul':
      return SF | ZF | AF | PF;
    case 'div':
    case 'idiv':
      return F_ALL;
    case 'bt':
    case 'bts':
    case 'btr':
    case 'btc':
      return OF | SF | AF | PF;
    case 'bsf':
    case 'bsr':
      return CF | OF | SF | AF | PF;
    case 'daa':
    case 'das':
      return OF;
    case 'aaa':
    case 'aas':
      return OF | SF | ZF | PF;
    case 'aam':
    case 'aad':
      return OF | AF | CF;
    case 'fcomi':
    case 'fcomip':
    case 'fucomi':
    case 'fucomip':
      // The manuals clear OF, SF and AF; QEMU leaves them as they were. Not compared.
      return OF | SF | AF;
    default:
      return 0;
  }
}

function shiftUndefined(ctx: FlagContext): number {
  const count = ctx.count === undefined ? 2 : ctx.count & 31;
  if (count === 0) return 0; // flags unchanged
  if (ROTATES.has(ctx.mnemonic)) return count === 1 ? 0 : OF;
  let undef = AF | (count > 1 ? OF : 0);
  if (DOUBLE.has(ctx.mnemonic) && count > ctx.size) undef = F_ALL;
  if (
    (ctx.mnemonic === 'shl' || ctx.mnemonic === 'sal' || ctx.mnemonic === 'shr') &&
    count >= ctx.size
  ) {
    undef |= CF;
  }
  return undef;
}
