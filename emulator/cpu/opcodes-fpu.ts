/// The x87 escape opcodes D8-DF. Memory forms are chosen by ModRM.reg, register forms by
/// reg * 8 + rm; encodings the FPU does not implement raise #UD.
import { op } from './opcode-spec.ts';
import type { OpEntry } from './opcode-types.ts';
import { undefinedOp } from './exec-system.ts';

const UD: OpEntry = op('(bad)', '', undefinedOp);

function escape(): OpEntry {
  return op('', 'M', undefinedOp, {
    group: new Array<OpEntry>(8).fill(UD),
    regForms: new Array<OpEntry | null>(64).fill(UD),
  });
}

/// Entries for D8..DF.
export const FPU_ENTRIES: readonly OpEntry[] = [0, 1, 2, 3, 4, 5, 6, 7].map(escape);
