/// Builds table entries from compact operand specs such as 'Ev,Gv' or 'al,Ib', so the opcode
/// tables read like the Intel manual's opcode map.
import type { Exec } from './insn.ts';
import type { OpEntry, Operand, OperandKind } from './opcode-types.ts';

const FIXED = new Set([
  'al',
  'cl',
  'dl',
  'bl',
  'ah',
  'ch',
  'dh',
  'bh',
  'ax',
  'eax',
  'dx',
  'es',
  'cs',
  'ss',
  'ds',
  'fs',
  'gs',
  'st',
]);

/// Parses one operand spec: a fixed register name, '1', or kind letter + size letters.
function parseOperand(text: string): Operand {
  if (FIXED.has(text))
    return { kind: 'F', size: text.length === 3 && text[0] === 'e' ? 'v' : '', reg: text };
  if (text === '1') return { kind: 'N', size: 'b' };
  return { kind: text[0] as OperandKind, size: text.slice(1) };
}

const MODRM_KINDS = new Set(['E', 'G', 'M', 'R', 'S', 'C', 'D', 'T']);

/// Options of an entry: a fixed operand size (8/16) or a group.
export interface EntryOptions {
  readonly size?: number;
  readonly modrm?: boolean;
  readonly group?: readonly OpEntry[];
  readonly regForms?: readonly (OpEntry | null)[];
}

/// Makes an entry. The operand size defaults to 8 when the first operand is a byte, else the
/// operand-size attribute.
export function op(name: string, spec: string, exec: Exec, opts: EntryOptions = {}): OpEntry {
  const ops = spec === '' ? [] : spec.split(',').map(parseOperand);
  const first = ops[0];
  const byteFirst =
    first !== undefined &&
    ((first.size === 'b' && first.kind !== 'N' && first.kind !== 'I' && first.kind !== 'J') ||
      (first.kind === 'F' && /^[abcd][lh]$/.test(first.reg ?? '')));
  const size = opts.size ?? (byteFirst ? 8 : 0);
  const modrm =
    opts.modrm ?? (opts.group !== undefined || ops.some((o) => MODRM_KINDS.has(o.kind)));
  return { name, ops, exec, size, modrm, group: opts.group, regForms: opts.regForms };
}

/// Makes a ModRM group from eight members (null = undefined encoding, which raises #UD).
export function group(members: readonly (OpEntry | null)[], undef: OpEntry): OpEntry[] {
  return members.map((m) => m ?? undef);
}
