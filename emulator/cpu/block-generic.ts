/// Instructions of a translated block that run through their generic execute function
/// (block-gen.ts inlines the others): which of them the block can continue past, and their code.
import type { Insn } from './insn.ts';
import { end, type Emitted, type Site } from './block-gen.ts';

/// The generic call of instruction k (EIP already at the fall-through).
function call(s: Site): string {
  // The EIP store is for the execute functions that read it (relative jumps, REP restarts).
  return `cpu.eip = ${s.next}; X[${s.k}](cpu, I[${s.k}]);`;
}

/// Opcodes whose generic execute function may run inside a block: they neither transfer
/// control, nor change CS, SS, CPL, IF/TF, paging or the slice end, nor read EIP or icount.
const STRAIGHT = new Uint8Array(0x200);
for (let op = 0; op < 0x40; op++) if ((op & 7) < 6 || (op & 7) === 7) STRAIGHT[op] = 1;
for (const op of [0x06, 0x07, 0x0e, 0x16, 0x17, 0x1e, 0x1f]) STRAIGHT[op] = 0;
for (let op = 0x40; op < 0x60; op++) STRAIGHT[op] = 1;
for (const op of [0x60, 0x61, 0x68, 0x69, 0x6a, 0x6b]) STRAIGHT[op] = 1;
for (let op = 0x80; op <= 0x8d; op++) STRAIGHT[op] = 1;
for (let op = 0x8f; op <= 0x99; op++) STRAIGHT[op] = 1;
for (const op of [0x9c, 0x9e, 0x9f, 0xa8, 0xa9, 0xc0, 0xc1, 0xc6, 0xc7, 0xc8, 0xc9])
  STRAIGHT[op] = 1;
for (let op = 0xa0; op <= 0xa3; op++) STRAIGHT[op] = 1;
for (let op = 0xb0; op <= 0xbf; op++) STRAIGHT[op] = 1;
for (let op = 0xd0; op <= 0xd5; op++) STRAIGHT[op] = 1;
for (let op = 0xd8; op <= 0xdf; op++) STRAIGHT[op] = 1;
for (const op of [0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfc, 0xfd, 0xfe]) STRAIGHT[op] = 1;
for (let op = 0x140; op < 0x150; op++) STRAIGHT[op] = 1;
for (let op = 0x190; op < 0x1a0; op++) STRAIGHT[op] = 1;
for (const op of [
  0x1a3, 0x1a4, 0x1a5, 0x1ab, 0x1ac, 0x1ad, 0x1af, 0x1b0, 0x1b1, 0x1b3, 0x1b6, 0x1b7,
])
  STRAIGHT[op] = 1;
for (const op of [0x1ba, 0x1bb, 0x1bc, 0x1bd, 0x1be, 0x1bf, 0x1c0, 0x1c1]) STRAIGHT[op] = 1;
for (let op = 0x1c8; op < 0x1d0; op++) STRAIGHT[op] = 1;
const STRING = new Set([0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf]);

/// True when `i`'s generic execute function can run mid-block (see STRAIGHT).
export function isStraight(i: Insn): boolean {
  if (STRING.has(i.op)) return i.rep === 0;
  if (i.op === 0xff) return i.reg <= 1 || i.reg === 6;
  return STRAIGHT[i.op] === 1;
}

/// Code of a generic instruction: the call and, for a block-ending one, the exit.
export function emitGeneric(i: Insn, s: Site): Emitted {
  if (isStraight(i)) return { src: call(s), ends: false, writes: true, flags: null };
  return end(call(s));
}
