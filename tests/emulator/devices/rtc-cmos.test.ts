import { describe, expect, it } from 'vitest';
import { IoBus } from '../../../emulator/board/io-bus.ts';
import { RtcCmos } from '../../../emulator/devices/rtc-cmos.ts';

const read = (io: IoBus, reg: number) => {
  io.write(0x70, reg, 1);
  return io.read(0x71, 1);
};

describe('CMOS RTC', () => {
  it('reads the wall clock in BCD, or binary when status B asks', () => {
    const io = new IoBus();
    new RtcCmos(io, () => Date.UTC(2026, 10, 25, 13, 47, 59), 64 << 20);
    expect([read(io, 9), read(io, 8), read(io, 7), read(io, 4), read(io, 2), read(io, 0)]).toEqual([
      0x26, 0x11, 0x25, 0x13, 0x47, 0x59,
    ]);
    expect(read(io, 0x32)).toBe(0x20);
    io.write(0x70, 0x0b, 1);
    io.write(0x71, 0x06, 1);
    expect(read(io, 0)).toBe(59);
    expect(read(io, 4)).toBe(13);
  });

  it('reports the extended memory size like a BIOS', () => {
    const io = new IoBus();
    new RtcCmos(io, () => 0, 32 << 20);
    expect(read(io, 0x17) | (read(io, 0x18) << 8)).toBe(31 * 1024);
    expect(read(io, 0x34) | (read(io, 0x35) << 8)).toBe(256);
  });
});
