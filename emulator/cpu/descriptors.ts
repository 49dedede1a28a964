/// Reading and decoding GDT/LDT descriptors. A descriptor is kept as its two dwords; the helpers
/// pull out base, limit and the attribute word the descriptor caches hold.
import { A_DB, A_G, GP, LDTR } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { readSys, writeSys } from './paging.ts';

/// The two dwords of the last descriptor read (module scratch: no allocation per load).
export const desc = { lo: 0, hi: 0, addr: 0 };

/// Reads the descriptor for selector `sel` into `desc`; raises `vector`(sel & ~3) (default #GP)
/// when it lies outside its table.
export function readDescriptor(cpu: Cpu, sel: number, vector = GP): void {
  const ldt = (sel & 4) !== 0;
  const base = ldt ? cpu.segBase[LDTR] : cpu.gdtBase;
  const limit = ldt ? cpu.segLimit[LDTR] : cpu.gdtLimit;
  const idx = sel & 0xfff8;
  if (ldt && (cpu.segSel[LDTR] & 0xfffc) === 0) cpu.raise(vector, sel & 0xfffc);
  if (idx + 7 > limit >>> 0) cpu.raise(vector, sel & 0xfffc);
  desc.addr = (base + idx) | 0;
  desc.lo = readSys(cpu, desc.addr, 4);
  desc.hi = readSys(cpu, (desc.addr + 4) | 0, 4);
}

/// Base address of the descriptor in `desc`.
export function descBase(): number {
  return (desc.lo >>> 16) | ((desc.hi & 0xff) << 16) | (desc.hi & 0xff000000);
}

/// Limit in bytes (granularity applied) of the descriptor in `desc`.
export function descLimit(): number {
  const raw = (desc.lo & 0xffff) | (desc.hi & 0xf0000);
  return (desc.hi & (A_G << 8)) !== 0 ? (raw << 12) | 0xfff : raw;
}

/// Attribute word (access byte in bits 0-7, flags nibble in 12-15) of the descriptor in `desc`.
export function descAttr(): number {
  return (desc.hi >>> 8) & 0xf0ff;
}

/// Sets the accessed bit of the descriptor in `desc` in memory, as the CPU does on a load.
export function markAccessed(cpu: Cpu): void {
  if ((desc.hi & 0x100) === 0) {
    desc.hi |= 0x100;
    writeSys(cpu, (desc.addr + 5) | 0, (desc.hi >>> 8) & 0xff, 1);
  }
}

/// True when the attribute word describes a 32-bit segment.
export function is32(attr: number): boolean {
  return (attr & A_DB) !== 0;
}
