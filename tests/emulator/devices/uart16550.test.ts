import { describe, expect, it } from 'vitest';
import { IoBus } from '../../../emulator/board/io-bus.ts';
import { Uart16550 } from '../../../emulator/devices/uart16550.ts';
import { RecordingLine } from './irq-recorder.ts';

function setup() {
  const io = new IoBus();
  const irq = new RecordingLine();
  const sent: number[] = [];
  const uart = new Uart16550(io, 0x3f8, irq, (b) => sent.push(b));
  return { io, irq, sent, uart };
}

describe('16550A UART', () => {
  it('transmits THR writes and raises the THR-empty interrupt when enabled', () => {
    const { io, irq, sent } = setup();
    io.write(0x3f9, 0x02, 1);
    expect(irq.level).toBe(true);
    expect(io.read(0x3fa, 1) & 0x0f).toBe(0x02); // reading IIR clears THRE
    expect(irq.level).toBe(false);
    io.write(0x3f8, 0x41, 1);
    expect(sent).toEqual([0x41]);
    expect(irq.level).toBe(true);
    expect(io.read(0x3fd, 1) & 0x60).toBe(0x60);
  });

  it('feeds queued input into the FIFO as the guest drains it, losing nothing', () => {
    const { io, irq, uart } = setup();
    io.write(0x3fa, 0x07, 1); // enable and clear FIFOs
    io.write(0x3f9, 0x01, 1); // receive-data interrupt
    uart.input(new TextEncoder().encode('abcdefghijklmnopqrstuvwxyz0123456789'));
    expect(irq.level).toBe(true);
    expect(io.read(0x3fa, 1)).toBe(0xc4);
    let got = '';
    while (io.read(0x3fd, 1) & 1) got += String.fromCharCode(io.read(0x3f8, 1));
    expect(got).toBe('abcdefghijklmnopqrstuvwxyz0123456789');
    expect(irq.level).toBe(false);
    expect(uart.pendingInput()).toBe(0);
  });

  it('programs the divisor latch without touching THR/IER', () => {
    const { io, sent } = setup();
    io.write(0x3fb, 0x80, 1);
    io.write(0x3f8, 0x01, 1);
    io.write(0x3f9, 0x00, 1);
    expect(io.read(0x3f8, 1)).toBe(0x01);
    io.write(0x3fb, 0x03, 1);
    expect(sent).toEqual([]);
    expect(io.read(0x3fb, 1)).toBe(0x03);
  });

  it('echoes transmitted bytes to the receiver in loopback mode', () => {
    const { io, sent } = setup();
    io.write(0x3fc, 0x10, 1);
    io.write(0x3f8, 0x5a, 1);
    expect(sent).toEqual([]);
    expect(io.read(0x3fd, 1) & 1).toBe(1);
    expect(io.read(0x3f8, 1)).toBe(0x5a);
  });
});
