import { describe, expect, it } from 'vitest';
import { IoBus } from '../../../emulator/board/io-bus.ts';
import { Pit8254 } from '../../../emulator/devices/pit8254.ts';
import { RecordingLine } from './irq-recorder.ts';

function setup() {
  const io = new IoBus();
  const irq = new RecordingLine();
  const clock = { ticks: 0 };
  const pit = new Pit8254(io, irq, () => clock.ticks);
  return { io, irq, clock, pit };
}

describe('8254 PIT', () => {
  it('fires IRQ 0 every reload period in mode 2', () => {
    const { io, irq, clock, pit } = setup();
    io.write(0x43, 0x34, 1);
    io.write(0x40, 100, 1);
    io.write(0x40, 0, 1);
    expect(pit.nextEvent()).toBe(100);
    clock.ticks = 99;
    pit.advance(clock.ticks);
    expect(irq.edges).toBe(0);
    clock.ticks = 100;
    pit.advance(clock.ticks);
    expect(irq.edges).toBe(1);
    expect(pit.nextEvent()).toBe(200);
    clock.ticks = 450; // missed periods collapse into one interrupt
    pit.advance(clock.ticks);
    expect(irq.edges).toBe(2);
    expect(pit.nextEvent()).toBe(500);
  });

  it('counts down and latches the count for reading', () => {
    const { io, clock } = setup();
    io.write(0x43, 0x34, 1);
    io.write(0x40, 0x00, 1);
    io.write(0x40, 0x10, 1); // reload 0x1000
    clock.ticks = 0x100;
    io.write(0x43, 0x00, 1); // latch channel 0
    clock.ticks = 0x200;
    const lo = io.read(0x40, 1),
      hi = io.read(0x40, 1);
    expect((hi << 8) | lo).toBe(0x1000 - 0x100);
  });

  it('fires once in mode 0 and reports channel 2 output on port 0x61', () => {
    const { io, irq, clock, pit } = setup();
    io.write(0x43, 0x30, 1);
    io.write(0x40, 10, 1);
    io.write(0x40, 0, 1);
    clock.ticks = 50;
    pit.advance(clock.ticks);
    pit.advance(clock.ticks + 100);
    expect(irq.edges).toBe(1);
    expect(pit.nextEvent()).toBe(Infinity);
    io.write(0x61, 1, 1);
    io.write(0x43, 0xb0, 1);
    io.write(0x42, 5, 1);
    io.write(0x42, 0, 1);
    expect(io.read(0x61, 1) & 0x20).toBe(0);
    clock.ticks += 10;
    expect(io.read(0x61, 1) & 0x20).toBe(0x20);
  });
});
