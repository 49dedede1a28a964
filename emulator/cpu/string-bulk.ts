/// Bulk REP MOVS / REP STOS: when both operands lie in pages the software TLB already maps with
/// the needed permissions (so no fault, dirty-bit update or code invalidation can be due), a run
/// of iterations up to the next page boundary is done as one typed-array copy or fill instead of
/// one guest memory access per element. Anything else (16-bit addressing, DF=1, segments with
/// limit checks, overlapping forward copies, misaligned wide fills, TLB misses) returns 0 and the
/// caller runs the exact per-iteration path.
import { EAX, ECX, EDI, ES, ESI } from './constants.ts';
import type { Cpu } from './cpu.ts';
import type { Insn } from './insn.ts';

/// Physical address of linear `lin` when its TLB entry holds every bit of `mask`, else -1.
function mapped(cpu: Cpu, lin: number, mask: number): number {
  const e = cpu.tlb[lin >>> 12];
  return (e & mask) === mask ? (e & ~0xfff) | (lin & 0xfff) : -1;
}

/// Iterations that fit before `lin`'s page ends, for elements of `bytes` bytes.
function roomInPage(lin: number, bytes: number): number {
  return Math.floor((0x1000 - (lin & 0xfff)) / bytes);
}

/// Runs up to `budget` iterations of a forward 32-bit-address REP MOVS (`movs`) or REP STOS
/// in one go; returns how many it did (0: the caller must take the per-iteration path).
export function bulkRep(cpu: Cpu, i: Insn, movs: boolean, budget: number): number {
  const bytes = i.size >>> 3;
  if (cpu.segCheck[ES] !== 0 || (movs && cpu.segCheck[i.seg] !== 0)) return 0;
  const dstLin = (cpu.segBase[ES] + cpu.regs[EDI]) | 0;
  let n = Math.min(cpu.regs[ECX] >>> 0, budget, roomInPage(dstLin, bytes));
  const dst = mapped(cpu, dstLin, cpu.wmask);
  if (dst < 0 || n === 0) return 0;
  const mem = cpu.mem;
  if (movs) {
    const srcLin = (cpu.segBase[i.seg] + cpu.regs[ESI]) | 0;
    n = Math.min(n, roomInPage(srcLin, bytes));
    const src = mapped(cpu, srcLin, cpu.rmask);
    // A forward copy onto its own tail replicates bytes; copyWithin would not: per-iteration.
    if (src < 0 || n === 0 || (dst > src && dst < src + n * bytes)) return 0;
    mem.u8.copyWithin(dst, src, src + n * bytes);
    cpu.regs[ESI] = (cpu.regs[ESI] + n * bytes) | 0;
  } else if (!fill(cpu, dst, n, bytes, cpu.regs[EAX])) return 0;
  cpu.regs[EDI] = (cpu.regs[EDI] + n * bytes) | 0;
  cpu.regs[ECX] = (cpu.regs[ECX] - n) | 0;
  return n;
}

/// Stores `n` copies of the low `bytes` bytes of `v` at physical `dst`; false when misaligned.
function fill(cpu: Cpu, dst: number, n: number, bytes: number, v: number): boolean {
  const mem = cpu.mem;
  if (bytes === 1) mem.u8.fill(v & 0xff, dst, dst + n);
  else if (bytes === 2 && (dst & 1) === 0) mem.u16.fill(v & 0xffff, dst >>> 1, (dst >>> 1) + n);
  else if (bytes === 4 && (dst & 3) === 0) mem.i32.fill(v, dst >>> 2, (dst >>> 2) + n);
  else return false;
  return true;
}
