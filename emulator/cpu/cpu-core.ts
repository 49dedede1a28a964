/// The CPU's architectural state and its hot accessors: registers, the software-TLB fast paths
/// of memory access by linear address and by segment:offset, stack pushes and pops, and the
/// guest-exception exit. cpu.ts adds the execution loop on top.
import type { IoBus } from '../board/io-bus.ts';
import type { InterruptController } from '../board/irq.ts';
import { A_DB, CR0_ET, ESP } from './constants.ts';
import { GUEST_FAULT, type FaultRecord } from './fault.ts';
import { FpuState } from './fpu-state.ts';
import type { CpuHooks } from './interrupts.ts';
import type { PhysicalMemory } from './memory-bus.ts';
import {
  readSlow,
  T_DIRTY,
  T_NOCODE,
  T_USER,
  T_VALID,
  T_WSUP,
  T_WUSER,
  writeSlow,
} from './paging.ts';
import { checkSegment } from './segmentation.ts';

/// Why `Cpu.execute` returned.
export const enum StopReason {
  Budget = 0,
  Halted = 1,
  /// A host-level event (exit port, reset) asked the loop to stop.
  Host = 2,
}

/// State and memory/register access of the processor (fields are public for the execute
/// functions; hosts use the board's API).
export class CpuCore {
  readonly regs = new Int32Array(8);
  eip = 0;
  /// EIP of the instruction being executed (faults restart here).
  startEip = 0;
  /// EFLAGS, with the arithmetic bits stale while `lop` is not 0 (see flags.ts).
  flags = 2;
  lop = 0;
  la = 0;
  lb = 0;
  lr = 0;
  lsz = 32;
  lc = 0;
  /// Segment descriptor caches, indexed ES CS SS DS FS GS LDTR TR.
  readonly segSel = new Int32Array(8);
  readonly segBase = new Int32Array(8);
  readonly segLimit = new Int32Array(8);
  readonly segAttr = new Int32Array(8);
  /// Per segment: 1 when accesses need limit/type checks (not a flat writable segment).
  readonly segCheck = new Uint8Array(8);
  cpl = 0;
  cr0 = CR0_ET;
  cr2 = 0;
  cr3 = 0;
  cr4 = 0;
  readonly dr = new Int32Array(8);
  gdtBase = 0;
  gdtLimit = 0xffff;
  idtBase = 0;
  idtLimit = 0x3ff;
  sysenterCs = 0;
  sysenterEsp = 0;
  sysenterEip = 0;
  /// Executed instructions; the TSC and the deterministic clock derive from it.
  icount = 0;
  /// TSC offset so that WRMSR 0x10 can set it.
  tscOffset = 0;
  halted = false;
  /// Interrupts are inhibited for one instruction after STI / MOV SS / POP SS.
  inhibitUntil = -1;
  readonly fpu = new FpuState();

  /// Software TLB: one entry per 4 KiB linear page, `physical page | T_* bits`, 0 = empty.
  readonly tlb = new Int32Array(1 << 20);
  readonly tlbUsed = new Int32Array(8192);
  tlbUsedCount = 0;
  /// Permission masks an entry must contain for a read / write at the current CPL.
  rmask = T_VALID;
  wmask = T_VALID | T_WSUP | T_DIRTY | T_NOCODE;
  /// Per physical page: bit k set when decoded instructions touch its 128-byte chunk k.
  readonly codeChunks: Int32Array;
  /// Per physical page: generation, bumped when its cached instructions become stale.
  readonly pageGen: Int32Array;
  /// Linear page and physical page of the last instruction fetch (-1 = none).
  fetchLin = -1;
  fetchPhys = 0;
  /// icount when the running translated block (blocks.ts) started its current pass.
  blockStart = 0;
  /// The loop stops when `icount` reaches this (instructions shorten it to re-check interrupts).
  sliceEnd = 0;
  stop = StopReason.Budget;
  /// The exception in flight, set before throwing GUEST_FAULT.
  readonly fault: FaultRecord = { vector: 0, code: -1 };
  /// Callbacks to the board for events and resets.
  hooks: CpuHooks;

  constructor(
    readonly mem: PhysicalMemory,
    readonly io: IoBus,
    readonly pic: InterruptController,
    hooks: CpuHooks,
  ) {
    this.hooks = hooks;
    const pages = mem.size >>> 12;
    this.codeChunks = new Int32Array(pages);
    this.pageGen = new Int32Array(pages);
  }

  /// Sets the CPL and the TLB permission masks that go with it.
  setCpl(cpl: number): void {
    this.cpl = cpl;
    this.rmask = cpl === 3 ? T_VALID | T_USER : T_VALID;
    this.wmask = T_VALID | T_DIRTY | T_NOCODE | (cpl === 3 ? T_USER | T_WUSER : T_WSUP);
  }

  // ---- memory, by linear address -------------------------------------------------------------

  /// Reads a byte at linear `lin` with the current privilege.
  readLin8(lin: number): number {
    const e = this.tlb[lin >>> 12];
    if ((e & this.rmask) === this.rmask) return this.mem.u8[(e & ~0xfff) | (lin & 0xfff)];
    return readSlow(this, lin, 1, this.cpl === 3);
  }

  /// Reads a little-endian word at linear `lin`.
  readLin16(lin: number): number {
    const e = this.tlb[lin >>> 12];
    if ((e & this.rmask) === this.rmask && (lin & 0xfff) !== 0xfff) {
      const p = (e & ~0xfff) | (lin & 0xfff);
      return (p & 1) === 0 ? this.mem.u16[p >>> 1] : this.mem.u8[p] | (this.mem.u8[p + 1] << 8);
    }
    return readSlow(this, lin, 2, this.cpl === 3);
  }

  /// Reads a little-endian dword at linear `lin` (signed int32).
  readLin32(lin: number): number {
    const e = this.tlb[lin >>> 12];
    if ((e & this.rmask) === this.rmask && (lin & 0xfff) < 0xffd) {
      const p = (e & ~0xfff) | (lin & 0xfff);
      if ((p & 3) === 0) return this.mem.i32[p >>> 2];
      const m = this.mem.u8;
      return m[p] | (m[p + 1] << 8) | (m[p + 2] << 16) | (m[p + 3] << 24);
    }
    return readSlow(this, lin, 4, this.cpl === 3);
  }

  /// Writes a byte at linear `lin`.
  writeLin8(lin: number, v: number): void {
    const e = this.tlb[lin >>> 12];
    if ((e & this.wmask) === this.wmask) this.mem.u8[(e & ~0xfff) | (lin & 0xfff)] = v;
    else writeSlow(this, lin, v, 1, this.cpl === 3);
  }

  /// Writes a word at linear `lin`.
  writeLin16(lin: number, v: number): void {
    const e = this.tlb[lin >>> 12];
    if ((e & this.wmask) === this.wmask && (lin & 0xfff) !== 0xfff) {
      const p = (e & ~0xfff) | (lin & 0xfff);
      if ((p & 1) === 0) this.mem.u16[p >>> 1] = v;
      else {
        this.mem.u8[p] = v;
        this.mem.u8[p + 1] = v >>> 8;
      }
    } else writeSlow(this, lin, v, 2, this.cpl === 3);
  }

  /// Writes a dword at linear `lin`.
  writeLin32(lin: number, v: number): void {
    const e = this.tlb[lin >>> 12];
    if ((e & this.wmask) === this.wmask && (lin & 0xfff) < 0xffd) {
      const p = (e & ~0xfff) | (lin & 0xfff);
      if ((p & 3) === 0) this.mem.i32[p >>> 2] = v;
      else {
        const m = this.mem.u8;
        m[p] = v;
        m[p + 1] = v >>> 8;
        m[p + 2] = v >>> 16;
        m[p + 3] = v >>> 24;
      }
    } else writeSlow(this, lin, v, 4, this.cpl === 3);
  }

  // ---- memory, by segment:offset -------------------------------------------------------------

  /// Linear address of `seg:off` for an access of `size` bytes, after limit/type checks.
  lin(seg: number, off: number, size: number, write: boolean): number {
    if (this.segCheck[seg] !== 0) checkSegment(this, seg, off, size, write);
    return (this.segBase[seg] + off) | 0;
  }

  /// Reads `size` bits (8, 16, 32) at `seg:off`.
  read(size: number, seg: number, off: number): number {
    if (size === 32) return this.readLin32(this.lin(seg, off, 4, false));
    if (size === 16) return this.readLin16(this.lin(seg, off, 2, false));
    return this.readLin8(this.lin(seg, off, 1, false));
  }

  /// Writes `size` bits (8, 16, 32) at `seg:off`.
  write(size: number, seg: number, off: number, v: number): void {
    if (size === 32) this.writeLin32(this.lin(seg, off, 4, true), v);
    else if (size === 16) this.writeLin16(this.lin(seg, off, 2, true), v);
    else this.writeLin8(this.lin(seg, off, 1, true), v);
  }

  // ---- registers -----------------------------------------------------------------------------

  /// Reads register `r` at `size` bits (8-bit numbering AL CL DL BL AH CH DH BH), zero-extended.
  getReg(size: number, r: number): number {
    if (size === 32) return this.regs[r];
    if (size === 16) return this.regs[r] & 0xffff;
    return r < 4 ? this.regs[r] & 0xff : (this.regs[r - 4] >>> 8) & 0xff;
  }

  /// Writes register `r` at `size` bits, leaving the other bits alone.
  setReg(size: number, r: number, v: number): void {
    if (size === 32) this.regs[r] = v;
    else if (size === 16) this.regs[r] = (this.regs[r] & ~0xffff) | (v & 0xffff);
    else if (r < 4) this.regs[r] = (this.regs[r] & ~0xff) | (v & 0xff);
    else this.regs[r - 4] = (this.regs[r - 4] & ~0xff00) | ((v & 0xff) << 8);
  }

  /// Stack pointer width: 32 when SS is a 32-bit (B) segment.
  stack32(): boolean {
    return (this.segAttr[2] & A_DB) !== 0;
  }

  /// Raises guest exception `vector` with error code `code` (-1 = none); never returns.
  raise(vector: number, code = -1): never {
    this.fault.vector = vector;
    this.fault.code = code;
    throw GUEST_FAULT;
  }

  /// Stack push/pop at the current stack width.
  push32(v: number): void {
    const sp = this.stack32() ? (this.regs[ESP] - 4) | 0 : (this.regs[ESP] - 4) & 0xffff;
    this.write(32, 2, sp, v);
    this.setSp(sp);
  }

  /// Pushes a word.
  push16(v: number): void {
    const sp = this.stack32() ? (this.regs[ESP] - 2) | 0 : (this.regs[ESP] - 2) & 0xffff;
    this.write(16, 2, sp, v);
    this.setSp(sp);
  }

  /// Pops a dword.
  pop32(): number {
    const sp = this.stack32() ? this.regs[ESP] : this.regs[ESP] & 0xffff;
    const v = this.read(32, 2, sp);
    this.setSp(sp + 4);
    return v;
  }

  /// Pops a word.
  pop16(): number {
    const sp = this.stack32() ? this.regs[ESP] : this.regs[ESP] & 0xffff;
    const v = this.read(16, 2, sp);
    this.setSp(sp + 2);
    return v;
  }

  /// Sets ESP (or SP for a 16-bit stack).
  setSp(v: number): void {
    if (this.stack32()) this.regs[ESP] = v;
    else this.regs[ESP] = (this.regs[ESP] & ~0xffff) | (v & 0xffff);
  }
}
