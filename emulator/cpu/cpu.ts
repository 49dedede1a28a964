/// The i386 CPU: the fetch-decode-execute loop over the decoded-instruction cache, on top of the
/// state and memory accessors of cpu-core.ts. Slow paths live beside it:
/// paging.ts (page walks), segmentation.ts (descriptor loads), interrupts.ts (delivery), and the
/// exec-*.ts files (one per opcode family).
import type { IoBus } from '../board/io-bus.ts';
import type { InterruptController } from '../board/irq.ts';
import { A_DB, CR0_ET, CR0_PE, CS, DS, ES, IF, SS, TF } from './constants.ts';
import { GUEST_FAULT } from './fault.ts';
import { decodeInto, type ByteSource } from './decoder.ts';
import { Insn } from './insn.ts';
import type { PhysicalMemory } from './memory-bus.ts';
import { deliverFault, deliverInterrupt, type CpuHooks } from './interrupts.ts';
import { flushTlb, readSlow, translateFetch } from './paging.ts';
import { resetSegments } from './segmentation.ts';

const CACHE_BITS = 15;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
/// The cache's unused slot: its `phys` stays -1, so no lookup ever matches it.
const EMPTY = new Insn();

import { CpuCore, StopReason } from './cpu-core.ts';
import { BlockCache, type Block } from './blocks.ts';

export { StopReason };

/// The processor: state (CpuCore) plus the execution loop.
export class Cpu extends CpuCore {
  /// Decoded-instruction cache, hashed by physical address. Slots start as the shared `EMPTY`
  /// (never a hit) and get their own object on first use, so a new machine does not allocate
  /// 32768 instructions up front (that, and the garbage collection it caused, took ~40 ms).
  private readonly cache: Insn[];
  private readonly scratch = new Insn();
  /// Per-instruction hook (null when off: the loop without it runs instead).
  stepHook: ((cpu: Cpu) => void) | null = null;
  private readonly fetchSource: ByteSource;
  /// Translated blocks (blocks.ts), used while no hook, single-step or TF is on.
  private readonly blocks = new BlockCache();
  /// The block running now (null outside one), so a fault can count its completed instructions.
  private curBlock: Block | null = null;

  constructor(mem: PhysicalMemory, io: IoBus, pic: InterruptController, hooks: CpuHooks) {
    super(mem, io, pic, hooks);
    this.cache = new Array<Insn>(CACHE_MASK + 1).fill(EMPTY);
    this.fetchSource = {
      byte: (lin: number) => this.fetchByte(lin),
      fail: (vector: number) => this.raise(vector, 0),
    };
    this.reset();
  }

  /// Puts the CPU in the multiboot entry state: protected mode, flat 32-bit segments, CPL 0.
  reset(): void {
    this.regs.fill(0);
    this.eip = 0;
    this.flags = 2;
    this.lop = 0;
    this.cr0 = CR0_ET | CR0_PE;
    this.cr2 = this.cr3 = this.cr4 = 0;
    this.halted = false;
    this.inhibitUntil = -1;
    this.setCpl(0);
    resetSegments(this);
    this.fpu.reset();
    this.invalidateCode();
    flushTlb(this);
  }

  /// Forgets every cached decoded instruction (after a restore or a host write to RAM).
  invalidateCode(): void {
    this.pageGen.fill(0);
    this.codeChunks.fill(0);
    for (const insn of this.cache) insn.phys = -1;
    this.blocks.clear();
    this.fetchLin = -1;
  }

  // ---- the loop ------------------------------------------------------------------------------

  /// Executes until `icount` reaches `end`, the CPU halts, or a host event stops it. Guest
  /// exceptions are delivered here; the inner loops have no try/catch.
  execute(end: number): StopReason {
    this.stop = StopReason.Budget;
    while (this.icount < end && this.stop === StopReason.Budget) {
      if (this.halted) {
        if (!this.acceptInterrupt()) return StopReason.Halted;
        continue;
      }
      this.acceptInterrupt();
      if ((this.flags & TF) !== 0) {
        this.singleStep();
        continue;
      }
      this.sliceEnd = end;
      try {
        if (this.stepHook === null && this.blocks.enabled) this.runBlocks();
        else this.loop(this.stepHook);
      } catch (e) {
        if (e !== GUEST_FAULT) throw e;
        const b = this.curBlock;
        if (b !== null) {
          this.curBlock = null;
          this.icount = this.blockStart + b.indexOf(this.startEip);
        }
        this.eip = this.startEip;
        deliverFault(this);
      }
    }
    return this.halted ? StopReason.Halted : this.stop;
  }

  /// Runs one instruction with EFLAGS.TF set and then takes the single-step #DB trap (DR6.BS),
  /// unless the instruction faulted (the fault is delivered instead). The per-instruction hook
  /// runs once the trap is delivered, as it does after an INT n: the state it sees is the one
  /// before the next executed instruction (the handler's first), which is what QEMU logs.
  private singleStep(): void {
    this.sliceEnd = this.icount + 1;
    try {
      this.loop(null);
      this.dr[6] |= 0x4000;
      // Reported like any other exception (QEMU's log lists this #DB too), at the trap's EIP.
      if (this.hooks.exception) this.hooks.exception(1, -1, this.segSel[CS], this.eip);
      deliverInterrupt(this, 1, -1, 'exception');
    } catch (e) {
      if (e !== GUEST_FAULT) throw e;
      this.eip = this.startEip;
      deliverFault(this);
      return; // like the loop: no hook call for an instruction that faulted
    }
    const hook = this.stepHook;
    if (hook !== null) hook(this);
  }

  /// Delivers a pending hardware interrupt when IF allows; returns true when one was taken.
  private acceptInterrupt(): boolean {
    if ((this.flags & IF) === 0 || this.icount < this.inhibitUntil || !this.pic.hasInterrupt())
      return false;
    const vector = this.pic.acknowledge();
    if (vector < 0) return false;
    this.halted = false;
    if (this.hooks.irq) this.hooks.irq(vector);
    try {
      deliverInterrupt(this, vector, -1, 'irq');
    } catch (e) {
      if (e !== GUEST_FAULT) throw e;
      deliverFault(this);
    }
    return true;
  }

  /// The hot loop: fetch from the decoded cache, execute, count, call `hook` after each
  /// instruction when it is not null (a local null test when it is). With `untilJump` it returns
  /// after the first taken branch or page change (where a translated block may start).
  private loop(hook: ((cpu: Cpu) => void) | null, untilJump = false): void {
    const pageGen = this.pageGen;
    let insn: Insn | null = null;
    while (this.icount < this.sliceEnd) {
      const eip = this.eip;
      this.startEip = eip;
      if (insn === null) insn = this.fetch((this.segBase[CS] + eip) | 0);
      const fallthrough: number =
        insn.mode === 32 ? (eip + insn.len) | 0 : (eip + insn.len) & 0xffff;
      this.eip = fallthrough;
      insn.exec(this, insn);
      this.icount++;
      if (hook !== null) hook(this);
      // Chain to the successor decoded last time (fall-through or taken branch) when it is on
      // the same page and still valid; otherwise look it up and remember it.
      const now: number = this.eip;
      const delta: number = (now - eip) | 0;
      const off: number = (insn.phys & 0xfff) + delta;
      const inPage: boolean = insn.phys >= 0 && off >= 0 && off < 0x1000 && this.fetchLin !== -1;
      const taken: boolean = now !== fallthrough;
      if (untilJump && (taken || !inPage)) return;
      const succ: Insn | null = inPage ? (taken ? insn.alt : insn.next) : null;
      const want: number = insn.phys + delta;
      if (succ !== null && succ.phys === want && succ.gen === pageGen[want >>> 12]) {
        insn = succ;
        continue;
      }
      const prev = insn;
      insn = null;
      if (!inPage || this.icount >= this.sliceEnd) continue;
      this.startEip = now; // a fetch fault belongs to the new instruction
      insn = this.fetch((this.segBase[CS] + now) | 0);
      if (insn.phys !== want) continue;
      if (taken) prev.alt = insn;
      else prev.next = insn;
    }
  }

  /// The loop over translated blocks: finds the block at EIP (compiling it once hot) and runs it
  /// when it fits in the slice; otherwise interprets up to the next taken branch. Blocks assume a flat 32-bit
  /// CS and flat ES, SS and DS (only block-ending instructions load segments); otherwise the
  /// interpreter runs the rest of the slice.
  private runBlocks(): void {
    const segBase = this.segBase;
    while (this.icount < this.sliceEnd) {
      const sc = this.segCheck;
      if ((sc[CS] | sc[ES] | sc[SS] | sc[DS]) !== 0 || (this.segAttr[CS] & A_DB) === 0)
        return this.loop(null);
      const eip = this.eip;
      this.startEip = eip;
      const lin = (segBase[CS] + eip) | 0;
      if ((lin & ~0xfff) !== this.fetchLin) translateFetch(this, lin);
      const phys = this.fetchPhys | (lin & 0xfff);
      const b = phys >>> 12 < this.pageGen.length ? this.blocks.lookup(this, phys, eip, lin) : null;
      if (b !== null && b.fn !== null && this.icount + b.n <= this.sliceEnd) {
        this.curBlock = b;
        this.blockStart = this.icount;
        b.fn(this, this.icount);
        this.curBlock = null;
        continue;
      }
      this.loop(null, true);
    }
  }

  /// The decoded instruction at linear `lin`, from the cache or freshly decoded.
  fetch(lin: number): Insn {
    if ((lin & ~0xfff) !== this.fetchLin) translateFetch(this, lin);
    const phys = this.fetchPhys | (lin & 0xfff);
    const insn = this.cache[(phys ^ (phys >>> CACHE_BITS)) & CACHE_MASK];
    if (insn.phys === phys && insn.gen === this.pageGen[phys >>> 12]) return insn;
    return this.decodeAt(lin, phys);
  }

  /// Code size of the current code segment (16 or 32).
  codeMode(): number {
    return (this.segAttr[CS] & A_DB) !== 0 ? 32 : 16;
  }

  /// Decodes the instruction at linear `lin` (physical `phys` of its first byte) and caches it
  /// unless it crosses a page or lies outside RAM. May raise #PF/#GP on fetch.
  private decodeAt(lin: number, phys: number): Insn {
    const s = this.scratch;
    const mode = this.codeMode();
    decodeInto(s, this.fetchSource, lin, mode);
    const page = phys >>> 12;
    if ((phys & 0xfff) + s.len > 0x1000 || page >= this.pageGen.length) {
      s.phys = -1;
      return s;
    }
    const at = (phys ^ (phys >>> CACHE_BITS)) & CACHE_MASK;
    let slot = this.cache[at];
    if (slot === EMPTY) slot = this.cache[at] = new Insn();
    slot.copyFrom(s);
    slot.phys = phys;
    slot.gen = this.pageGen[page];
    slot.mode = mode;
    const first = (phys & 0xfff) >>> 7;
    const last = ((phys & 0xfff) + s.len - 1) >>> 7;
    const bits = (1 << first) | (1 << last);
    if (this.codeChunks[page] === 0) flushTlb(this);
    this.codeChunks[page] |= bits;
    return slot;
  }

  /// Fetches one code byte at linear `lin` (decoder callback); raises #PF like any fetch.
  private fetchByte(lin: number): number {
    if (this.segCheck[CS] !== 0) {
      const off = (lin - this.segBase[CS]) | 0;
      if (off >>> 0 > this.segLimit[CS] >>> 0) this.raise(13, 0);
    }
    return readSlow(this, lin, 1, this.cpl === 3);
  }
}
