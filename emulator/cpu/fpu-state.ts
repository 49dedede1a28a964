/// x87 FPU registers: eight 80-bit stack slots (sign/exponent word and 64-bit significand, the
/// memory format of FSTP m80), tags, the status word with TOP, the control word (rounding and
/// precision) and the last-instruction pointers FSTENV stores.
import type { Ext } from './fpu-ext.ts';

/// The x87 register file.
export class FpuState {
  /// Physical registers R0-R7 (ST(i) is R[(top + i) & 7]).
  readonly se = new Uint16Array(8);
  readonly mant = new BigUint64Array(8);
  /// Tag per physical register: 0 valid, 1 zero, 2 special, 3 empty.
  readonly tags = new Uint8Array(8);
  top = 0;
  /// Status word without TOP (bits 11-13 are filled from `top` when read).
  status = 0;
  control = 0x037f;
  /// Last instruction and operand pointers (for FSTENV).
  lastIp = 0;
  lastCs = 0;
  lastDp = 0;
  lastDs = 0;
  lastOpcode = 0;

  /// FNINIT state.
  reset(): void {
    this.se.fill(0);
    this.mant.fill(0n);
    this.tags.fill(3);
    this.top = 0;
    this.status = 0;
    this.control = 0x037f;
    this.lastIp = this.lastCs = this.lastDp = this.lastDs = this.lastOpcode = 0;
  }

  /// Physical register `r` as a value.
  get(r: number): Ext {
    return { se: this.se[r], m: this.mant[r] };
  }

  /// Sets physical register `r` and its tag.
  set(r: number, x: Ext): void {
    this.se[r] = x.se;
    this.mant[r] = x.m;
    const e = x.se & 0x7fff;
    this.tags[r] = e === 0x7fff || (e === 0 && x.m !== 0n) ? 2 : x.m === 0n ? 1 : 0;
  }

  /// Status word with TOP in bits 11-13.
  statusWord(): number {
    return (this.status & ~0x3800) | (this.top << 11);
  }

  /// Full tag word (2 bits per physical register).
  tagWord(): number {
    let w = 0;
    for (let k = 0; k < 8; k++) w |= this.tags[k] << (2 * k);
    return w;
  }
}
