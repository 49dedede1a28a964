/// x87 FPU registers: eight 80-bit stack slots held as doubles (tags say which are empty), the
/// status word with TOP, the control word (rounding and precision) and the last-instruction
/// pointers FSTENV/FSAVE store.

/// The x87 register file.
export class FpuState {
  /// Physical registers R0-R7 (ST(i) is R[(top + i) & 7]).
  readonly st = new Float64Array(8);
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
    this.st.fill(0);
    this.tags.fill(3);
    this.top = 0;
    this.status = 0;
    this.control = 0x037f;
    this.lastIp = this.lastCs = this.lastDp = this.lastDs = this.lastOpcode = 0;
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
