/// Executed instructions with the registers after each, in preallocated typed arrays: appending
/// allocates nothing, so recording does not turn into an allocation storm. Used both as the
/// small ring of recent user instructions (kept while armed) and as the journey's own log.
import type { Cpu } from '../../cpu/cpu.ts';
import { getFlags } from '../../cpu/flags.ts';

/// Numbers stored per instruction: EAX..EDI, EIP (after), EFLAGS, CS, SS, CPL, the dword at
/// the top of the stack.
export const STRIDE = 14;
/// Offsets inside a record.
export const R_EIP = 8,
  R_EFLAGS = 9,
  R_CS = 10,
  R_SS = 11,
  R_CPL = 12,
  R_TOS = 13;

const CS = 1,
  SS = 2,
  ESP = 4;

/// A growable-up-to-capacity (or circular) instruction log.
export class InsnLog {
  /// Linear address of each executed instruction.
  readonly addr: Uint32Array;
  readonly regs: Uint32Array;
  count = 0;
  /// Next slot in ring mode (the oldest record once the ring is full).
  private head = 0;

  constructor(
    readonly capacity: number,
    private readonly ring = false,
  ) {
    this.addr = new Uint32Array(capacity);
    this.regs = new Uint32Array(capacity * STRIDE);
  }

  /// True when a non-ring log has no room left.
  get full(): boolean {
    return !this.ring && this.count >= this.capacity;
  }

  /// Appends the instruction at linear `lin` with the CPU's registers now; `tos` is the dword
  /// at the top of the stack (read by the caller, which knows how to peek safely).
  append(cpu: Cpu, lin: number, tos: number): void {
    const slot = this.ring ? this.head : this.count;
    if (!this.ring && slot >= this.capacity) return;
    this.addr[slot] = lin;
    const r = this.regs;
    const o = slot * STRIDE;
    for (let k = 0; k < 8; k++) r[o + k] = cpu.regs[k];
    r[o + R_EIP] = cpu.eip;
    r[o + R_EFLAGS] = getFlags(cpu);
    r[o + R_CS] = cpu.segSel[CS];
    r[o + R_SS] = cpu.segSel[SS];
    r[o + R_CPL] = cpu.cpl;
    r[o + R_TOS] = tos;
    if (this.ring) {
      this.head = (this.head + 1) % this.capacity;
      this.count = Math.min(this.count + 1, this.capacity);
    } else this.count++;
  }

  /// Copies the records, oldest first, into `dest` (a non-ring log).
  copyInto(dest: InsnLog): void {
    const start = this.ring && this.count === this.capacity ? this.head : 0;
    for (let k = 0; k < this.count; k++) {
      const from = (start + k) % this.capacity;
      const to = dest.count++;
      dest.addr[to] = this.addr[from];
      dest.regs.set(this.regs.subarray(from * STRIDE, (from + 1) * STRIDE), to * STRIDE);
    }
  }

  /// Forgets every record.
  clear(): void {
    this.count = 0;
    this.head = 0;
  }

  /// The stack pointer stored in record `k`.
  esp(k: number): number {
    return this.regs[k * STRIDE + ESP];
  }

  /// The records as plain arrays trimmed to `count` (structured-clone safe).
  export(): { addr: Uint32Array; regs: Uint32Array } {
    return {
      addr: this.addr.slice(0, this.count),
      regs: this.regs.slice(0, this.count * STRIDE),
    };
  }
}
