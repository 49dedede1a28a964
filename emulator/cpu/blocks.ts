/// Translated blocks: a straight run of instructions in one code page compiled to one JavaScript
/// function (block-gen.ts writes each instruction's code), so the hot loop makes one call per
/// block instead of a dispatch per instruction. A block ends at a control transfer or any
/// instruction that may change the CPU's mode or the slice end, at the page end, or after
/// MAX_LEN instructions. It is keyed by physical address and EIP, and tagged with its page's
/// generation, so a write into its code page (paging.ts noteCodeWrite) makes it stale exactly as
/// it does the decoded-instruction cache; a block writing into its own page stops right after
/// the write.
///
/// Contract of a block function `fn(cpu, c0)`: entered with EIP at the block's start and
/// `cpu.icount === c0`, a flat 32-bit CS, no per-instruction hook and TF clear; it returns with
/// EIP and icount after the last instruction it ran. The block-ending instruction (I/O, HLT,
/// STI...) sees its exact icount; the others do not read it. A guest fault leaves `cpu.startEip`
/// at the faulting instruction, and `indexOf` gives how many instructions completed before it.
import { GUEST_FAULT } from './fault.ts';
import type { CpuCore } from './cpu-core.ts';
import { decodeInto, type ByteSource } from './decoder.ts';
import { canCompile } from './fast-compile.ts';
import { condition, saveCarry } from './flags.ts';
import { Insn, type Exec } from './insn.ts';
import { emitInline, SMC, type Emitted, type KnownFlags, type Site } from './block-gen.ts';
import { emitGeneric } from './block-generic.ts';
import { flushTlb } from './paging.ts';
import { checkSegment } from './segmentation.ts';

/// Instructions per block at most.
const MAX_LEN = 48;
/// Executions of a start address before it is compiled. Cold code stays interpreted: a new
/// block costs its source, a first run as unoptimized bytecode and a TurboFan compile of ~10-90
/// ms (background thread) for a long one. At 16, the lab kernel's boot (5M instructions)
/// compiled ~560 blocks and took 3.5x the interpreter's CPU time; at 4000 it costs about the
/// same as the interpreter alone, and the benchmark's loops still compile in their first
/// milliseconds. Tests set EMU_BLOCK_HOT to compile everything at once (1) or to run the
/// interpreter alone (0).
const HOT = hotThreshold(4000);

function hotThreshold(fallback: number): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env?.EMU_BLOCK_HOT;
  const n = env === undefined || env === '' ? NaN : Number(env);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}
const BITS = 16;
const MASK = (1 << BITS) - 1;

type BlockFn = (cpu: CpuCore, c0: number) => void;

/// One cache slot: a block (compiled or still counting executions) at `phys`/`eip`.
export class Block {
  phys = -1;
  eip = 0;
  gen = 0;
  hits = 0;
  /// Instructions in the block (0 until compiled).
  n = 0;
  fn: BlockFn | null = null;
  /// EIP of each instruction, for a fault's instruction count.
  eips: readonly number[] = [];

  /// Instructions of this block completed before the one at `eip` (a faulting instruction).
  indexOf(eip: number): number {
    const k = this.eips.indexOf(eip);
    return k < 0 ? 0 : k;
  }
}

/// Placeholder for the block's length in its source (known once it is decoded).
const LEN = '$LEN$';
const BAD = new Error('not in block');
/// Code that may raise a guest fault (memory access, segment check, a generic execute function):
/// the instruction's EIP is stored before it for the fault's restart and instruction count.
const FAULTS = /cpu\.(read|write|push|pop)|checkSegment|X\[/;
const EMPTY = new Block();

/// The block cache of one CPU.
export class BlockCache {
  private readonly slots: Block[] = new Array<Block>(MASK + 1).fill(EMPTY);
  /// False where code cannot be generated (a renderer under CSP): the interpreter runs alone.
  readonly enabled = canCompile && HOT > 0;

  /// The block for `phys`/`eip`, compiled once hot; its `fn` is null while it is not.
  lookup(cpu: CpuCore, phys: number, eip: number, lin: number): Block {
    const at = (phys ^ (phys >>> BITS)) & MASK;
    let b = this.slots[at];
    if (b === EMPTY) b = this.slots[at] = new Block();
    const gen = cpu.pageGen[phys >>> 12];
    if (b.phys !== phys || b.eip !== eip || b.gen !== gen) {
      b.phys = phys;
      b.eip = eip;
      b.gen = gen;
      b.hits = 0;
      b.fn = null;
      b.n = 0;
    }
    if (b.fn === null && ++b.hits === HOT) compile(cpu, b, lin);
    return b;
  }

  /// Forgets every block (code invalidated wholesale: restore, host writes, reset).
  clear(): void {
    for (const b of this.slots) b.phys = -1;
  }
}

/// Decodes the block at `b` (linear `lin`) and compiles it; leaves `fn` null when the first
/// instruction cannot start a block (it crosses the page, say).
function compile(cpu: CpuCore, b: Block, lin: number): void {
  const page = b.phys >>> 12;
  const pageLin = lin & ~0xfff;
  const base = b.phys & ~0xfff;
  const u8 = cpu.mem.u8;
  const src: ByteSource = {
    byte: (addr: number) => {
      if ((addr & ~0xfff) !== pageLin) throw BAD;
      return u8[base | (addr & 0xfff)];
    },
    fail: () => {
      throw BAD;
    },
  };
  const insns: Insn[] = [];
  const eips: number[] = [];
  const body: string[] = [];
  let eip = b.eip;
  let flags: KnownFlags | null = null;
  let ended = false;
  while (insns.length < MAX_LEN && !ended) {
    const i = new Insn();
    const at = (lin + (eip - b.eip)) | 0;
    if ((at & ~0xfff) !== pageLin) break;
    try {
      decodeInto(i, src, at, 32);
    } catch (e) {
      if (e !== BAD && e !== GUEST_FAULT) throw e;
      break;
    }
    const k = insns.length;
    const next = (eip + i.len) | 0;
    markCode(cpu, page, (b.phys + (eip - b.eip)) & 0xfff, i.len);
    const site: Site = { k, eip, next, flags };
    const e: Emitted = emitInline(i, site) ?? emitGeneric(i, site);
    insns.push(i);
    eips.push(eip);
    if (e.flags !== undefined) flags = e.flags;
    // Where execution goes on: the fall-through, or a direct jump's target on this page (a
    // target already in the block ends it, so each instruction appears once).
    let cont = next;
    if (e.target !== undefined && e.cond === undefined) {
      cont = e.target;
      const t = (lin + (e.target - b.eip)) | 0;
      if ((t & ~0xfff) !== pageLin || eips.includes(e.target)) ended = true;
    }
    // A jump back to the block's start loops inside the function while the slice has room.
    const exit = (to: number) =>
      to === b.eip
        ? `c0 += ${k + 1}; if (c0 + ${LEN} > cpu.sliceEnd) { cpu.eip = ${to}; cpu.icount = c0; return; } cpu.blockStart = c0; continue;`
        : `cpu.eip = ${to}; cpu.icount = c0 + ${k + 1}; return;`;
    const smc = `if (pg[${page}] !== ${b.gen}) { ${exit(cont)} }`;
    if (FAULTS.test(e.src)) body.push(`cpu.startEip = ${eip};`);
    if (e.ends) body.push(`cpu.icount = c0 + ${k}; ${e.src} cpu.icount = c0 + ${k + 1}; return;`);
    else body.push(e.src.replaceAll(SMC, smc));
    if (e.cond !== undefined) body.push(`if (${e.cond}) { ${exit(e.target!)} }`);
    if (ended) body.push(exit(cont));
    else if (e.writes) body.push(smc);
    ended ||= e.ends;
    eip = cont;
  }
  if (insns.length === 0) return;
  if (!ended) body.push(`cpu.eip = ${eip}; cpu.icount = c0 + ${insns.length}; return;`);
  b.fn = build(body.join('\n').replaceAll(LEN, String(insns.length)), insns);
  b.n = insns.length;
  b.eips = eips;
}

/// Records that bytes [off, off+len) of physical page `page` hold decoded code (writes there
/// then invalidate the page), flushing the TLB when the page first becomes code.
function markCode(cpu: CpuCore, page: number, off: number, len: number): void {
  const bits = (1 << (off >>> 7)) | (1 << ((off + len - 1) >>> 7));
  if (cpu.codeChunks[page] === 0) flushTlb(cpu);
  cpu.codeChunks[page] |= bits;
}

/// Builds the block function from its body.
function build(body: string, insns: Insn[]): BlockFn {
  const make = new Function(
    'checkSegment',
    'condition',
    'saveCarry',
    'I',
    'X',
    `'use strict'; return function block(cpu, c0) {
const R = cpu.regs, sc = cpu.segCheck, sb = cpu.segBase, pg = cpu.pageGen;
const T = cpu.tlb, rm = cpu.rmask, wm = cpu.wmask, M32 = cpu.mem.i32, M8 = cpu.mem.u8;
const s32 = (cpu.segAttr[2] & 0x4000) !== 0;
let a = 0, b = 0, r = 0, o = 0, v = 0, x = 0, e = 0;
for (;;) {
${body}
}
};`,
  );
  const execs: Exec[] = insns.map((i) => i.exec);
  return make(checkSegment, condition, saveCarry, insns, execs) as BlockFn;
}
