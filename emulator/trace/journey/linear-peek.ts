/// Reads guest memory at linear addresses without side effects: a page walk that sets no
/// accessed/dirty bit, fills no TLB entry and raises no fault, so the recorder can look at the
/// IDT, the TSS and the stacks exactly as the CPU left them.
import type { PC } from '../../board/pc.ts';

const CR0_PG = 1 << 31;
const CR4_PSE = 1 << 4;

/// Physical address of linear `lin`, or -1 when it is not mapped.
export function linearToPhysical(pc: PC, lin: number): number {
  const cpu = pc.cpu;
  const mem = pc.memory;
  lin >>>= 0;
  if ((cpu.cr0 & CR0_PG) === 0) return lin;
  const pde = mem.read32(((cpu.cr3 & ~0xfff) | ((lin >>> 22) << 2)) >>> 0);
  if ((pde & 1) === 0) return -1;
  if ((pde & 0x80) !== 0 && (cpu.cr4 & CR4_PSE) !== 0)
    return ((pde & 0xffc00000) | (lin & 0x3fffff)) >>> 0;
  const pte = mem.read32(((pde & ~0xfff) | (((lin >>> 12) & 0x3ff) << 2)) >>> 0);
  if ((pte & 1) === 0) return -1;
  return ((pte & ~0xfff) | (lin & 0xfff)) >>> 0;
}

/// One byte at linear `lin`, or -1 when unmapped.
export function peek8(pc: PC, lin: number): number {
  const p = linearToPhysical(pc, lin);
  return p < 0 ? -1 : pc.memory.read8(p);
}

/// A little-endian dword at linear `lin` (unsigned), or -1 when any byte is unmapped.
export function peek32(pc: PC, lin: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const b = peek8(pc, (lin + k) >>> 0);
    if (b < 0) return -1;
    v |= b << (8 * k);
  }
  return v >>> 0;
}

/// A NUL-terminated string at linear `lin` (at most `max` bytes), or null when unmapped.
export function peekString(pc: PC, lin: number, max = 256): string | null {
  let s = '';
  for (let k = 0; k < max; k++) {
    const b = peek8(pc, (lin + k) >>> 0);
    if (b < 0) return null;
    if (b === 0) return s;
    s += String.fromCharCode(b);
  }
  return s;
}
