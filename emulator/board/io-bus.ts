/// The I/O port space. Each device registers its own ports (STYLE: ports registered by their
/// owner); unclaimed ports read as all ones and ignore writes, as on a PC's ISA bus.

/// Reads a port; `size` is 1, 2 or 4 bytes.
export type PortReader = (port: number, size: 1 | 2 | 4) => number;
/// Writes a port; `size` is 1, 2 or 4 bytes.
export type PortWriter = (port: number, value: number, size: 1 | 2 | 4) => void;

const unclaimedRead: PortReader = (_port, size) => (size === 1 ? 0xff : size === 2 ? 0xffff : -1);
const unclaimedWrite: PortWriter = () => {};

/// A 64 KiB port space with per-port handlers.
export class IoBus {
  private readonly readers: PortReader[] = new Array<PortReader>(0x10000).fill(unclaimedRead);
  private readonly writers: PortWriter[] = new Array<PortWriter>(0x10000).fill(unclaimedWrite);
  /// Set by the board when someone listens to `io` events; called after every access.
  observer: ((port: number, size: 1 | 2 | 4, write: boolean, value: number) => void) | null = null;

  /// Claims `count` consecutive ports from `base`. A second claim of a port replaces the first.
  register(base: number, count: number, read: PortReader | null, write: PortWriter | null): void {
    for (let p = base; p < base + count; p++) {
      if (read) this.readers[p & 0xffff] = read;
      if (write) this.writers[p & 0xffff] = write;
    }
  }

  /// Reads `size` bytes from `port`; wider reads of byte devices are composed byte by byte by the
  /// device itself (each handler decides).
  read(port: number, size: 1 | 2 | 4): number {
    port &= 0xffff;
    const v = this.readers[port](port, size);
    const value = size === 1 ? v & 0xff : size === 2 ? v & 0xffff : v | 0;
    if (this.observer) this.observer(port, size, false, value);
    return value;
  }

  /// Writes `size` bytes of `value` to `port`.
  write(port: number, value: number, size: 1 | 2 | 4): void {
    port &= 0xffff;
    value = size === 1 ? value & 0xff : size === 2 ? value & 0xffff : value | 0;
    if (this.observer) this.observer(port, size, true, value);
    this.writers[port](port, value, size);
  }
}
