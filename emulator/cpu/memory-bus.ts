/// Physical memory: RAM as one byte array with aligned 16/32-bit views. Addresses past the end of
/// RAM read as all ones and ignore writes (an ISA bus with nothing there).

/// Guest RAM.
export class PhysicalMemory {
  readonly u8: Uint8Array;
  readonly u16: Uint16Array;
  readonly i32: Int32Array;
  /// RAM size in bytes (a multiple of 4 KiB).
  readonly size: number;

  /// Allocates `size` bytes of zeroed RAM (rounded up to 4 KiB).
  constructor(size: number) {
    this.size = Math.ceil(size / 4096) * 4096;
    const buf = new ArrayBuffer(this.size);
    this.u8 = new Uint8Array(buf);
    this.u16 = new Uint16Array(buf);
    this.i32 = new Int32Array(buf);
  }

  /// Reads one byte at physical `addr`.
  read8(addr: number): number {
    addr >>>= 0;
    return addr < this.size ? this.u8[addr] : 0xff;
  }

  /// Writes one byte at physical `addr`.
  write8(addr: number, value: number): void {
    addr >>>= 0;
    if (addr < this.size) this.u8[addr] = value;
  }

  /// Little-endian 32-bit read at any physical address.
  read32(addr: number): number {
    addr >>>= 0;
    if ((addr & 3) === 0 && addr < this.size) return this.i32[addr >>> 2];
    return (
      this.read8(addr) |
      (this.read8(addr + 1) << 8) |
      (this.read8(addr + 2) << 16) |
      (this.read8(addr + 3) << 24)
    );
  }

  /// Little-endian 32-bit write at any physical address.
  write32(addr: number, value: number): void {
    addr >>>= 0;
    if ((addr & 3) === 0 && addr < this.size) {
      this.i32[addr >>> 2] = value;
      return;
    }
    for (let k = 0; k < 4; k++) this.write8(addr + k, value >>> (8 * k));
  }

  /// Copies `data` into RAM at `addr`; returns false when it does not fit.
  load(addr: number, data: Uint8Array): boolean {
    if (addr < 0 || addr + data.length > this.size) return false;
    this.u8.set(data, addr);
    return true;
  }
}
