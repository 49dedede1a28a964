import { describe, expect, it } from 'vitest';
import { IoBus } from '../../../emulator/board/io-bus.ts';
import { Pic8259Pair } from '../../../emulator/devices/pic8259.ts';

/// Programs both chips as Linux does: master vectors 0x20, slave 0x28, cascade on IRQ 2.
function setup(): { io: IoBus; pic: Pic8259Pair } {
  const io = new IoBus();
  const pic = new Pic8259Pair(io);
  for (const [base, vec, casc] of [
    [0x20, 0x20, 4],
    [0xa0, 0x28, 2],
  ]) {
    io.write(base, 0x11, 1);
    io.write(base + 1, vec, 1);
    io.write(base + 1, casc, 1);
    io.write(base + 1, 0x01, 1);
  }
  return { io, pic };
}

describe('8259A PIC pair', () => {
  it('delivers an unmasked edge as its vector and holds it in service until EOI', () => {
    const { io, pic } = setup();
    expect(pic.hasInterrupt()).toBe(false);
    pic.line(4).raise();
    expect(pic.hasInterrupt()).toBe(true);
    expect(pic.acknowledge()).toBe(0x24);
    expect(pic.lastIrq()).toBe(4);
    pic.line(4).lower();
    pic.line(3).raise();
    io.write(0x20, 0x0b, 1); // OCW3: read ISR
    expect(io.read(0x20, 1)).toBe(0x10);
    expect(pic.hasInterrupt()).toBe(true); // IRQ 3 has higher priority than the in-service IRQ 4
    expect(pic.acknowledge()).toBe(0x23);
    io.write(0x20, 0x20, 1); // non-specific EOI ends IRQ 3
    io.write(0x20, 0x20, 1); // and then IRQ 4
    expect(io.read(0x20, 1)).toBe(0);
  });

  it('masks requests through OCW1 and keeps them pending', () => {
    const { io, pic } = setup();
    io.write(0x21, 0x01, 1);
    pic.line(0).raise();
    expect(pic.hasInterrupt()).toBe(false);
    io.write(0x21, 0x00, 1);
    expect(pic.acknowledge()).toBe(0x20);
  });

  it('cascades slave requests through IRQ 2', () => {
    const { io, pic } = setup();
    pic.line(12).raise();
    expect(pic.hasInterrupt()).toBe(true);
    expect(pic.acknowledge()).toBe(0x2c);
    expect(pic.lastIrq()).toBe(12);
    io.write(0xa0, 0x20, 1);
    io.write(0x20, 0x20, 1);
    expect(pic.hasInterrupt()).toBe(false);
  });

  it('restores its state from a snapshot', () => {
    const a = setup();
    a.pic.line(1).raise();
    const b = setup();
    b.pic.setState(structuredClone(a.pic.getState()));
    expect(b.pic.acknowledge()).toBe(0x21);
  });
});
