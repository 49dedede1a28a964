/// The MC146818 CMOS real-time clock (ports 0x70/0x71): the time of day in BCD or binary, status
/// registers A-D, and the memory-size bytes a BIOS leaves there. The time comes from the board's
/// wall clock (host time, or a fixed start plus guest time in deterministic mode).
import type { IoBus } from '../board/io-bus.ts';
import type { Device, DeviceState } from './device.ts';

/// The RTC/CMOS chip.
export class RtcCmos implements Device {
  readonly name = 'rtc';
  private index = 0;
  private readonly ram = new Uint8Array(128);

  /// `wallClockMs` returns the current wall-clock time in Unix milliseconds.
  constructor(
    io: IoBus,
    private readonly wallClockMs: () => number,
    memoryBytes: number,
  ) {
    io.register(
      0x70,
      1,
      () => this.index,
      (_p, v) => (this.index = v & 0x7f),
    );
    io.register(
      0x71,
      1,
      () => this.readData(),
      (_p, v) => this.writeData(v),
    );
    this.ram[0x0a] = 0x26;
    this.ram[0x0b] = 0x02;
    this.ram[0x0d] = 0x80;
    const extKb = Math.min(0xffff, Math.max(0, memoryBytes / 1024 - 1024));
    this.ram[0x17] = this.ram[0x30] = extKb & 0xff;
    this.ram[0x18] = this.ram[0x31] = extKb >>> 8;
    const above16 = Math.min(0xffff, Math.max(0, (memoryBytes - 16 * 1024 * 1024) / 65536));
    this.ram[0x34] = above16 & 0xff;
    this.ram[0x35] = above16 >>> 8;
    this.ram[0x15] = 0x80;
    this.ram[0x16] = 0x02;
  }

  private encode(v: number): number {
    return (this.ram[0x0b] & 4) !== 0 ? v : ((v / 10) << 4) | (v % 10);
  }

  private readData(): number {
    const d = new Date(this.wallClockMs());
    const hours24 = (this.ram[0x0b] & 2) !== 0;
    switch (this.index) {
      case 0x00:
        return this.encode(d.getUTCSeconds());
      case 0x02:
        return this.encode(d.getUTCMinutes());
      case 0x04: {
        const h = d.getUTCHours();
        if (hours24) return this.encode(h);
        const h12 = h % 12 === 0 ? 12 : h % 12;
        return this.encode(h12) | (h >= 12 ? 0x80 : 0);
      }
      case 0x06:
        return d.getUTCDay() + 1;
      case 0x07:
        return this.encode(d.getUTCDate());
      case 0x08:
        return this.encode(d.getUTCMonth() + 1);
      case 0x09:
        return this.encode(d.getUTCFullYear() % 100);
      case 0x32:
        return this.encode(Math.floor(d.getUTCFullYear() / 100));
      case 0x0c: {
        const v = this.ram[0x0c];
        this.ram[0x0c] = 0;
        return v;
      }
      default:
        return this.ram[this.index];
    }
  }

  private writeData(v: number): void {
    if (this.index === 0x0c || this.index === 0x0d) return;
    this.ram[this.index] = this.index === 0x0a ? v & 0x7f : v;
  }

  getState(): DeviceState {
    return { index: this.index, ram: Array.from(this.ram) };
  }

  setState(s: DeviceState): void {
    this.index = s.index as number;
    this.ram.set(s.ram as number[]);
  }
}
