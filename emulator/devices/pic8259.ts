/// The 8259A programmable interrupt controller, as the PC wires a master (ports 0x20/0x21,
/// IRQ 0-7) and a slave (0xA0/0xA1, IRQ 8-15) cascaded on the master's IRQ 2. Edge-triggered
/// requests, ICW1-ICW4 initialization, masks, specific and non-specific EOI, auto-EOI, and
/// reading IRR/ISR through OCW3.
import type { IoBus } from '../board/io-bus.ts';
import type { InterruptController, IrqLine } from '../board/irq.ts';
import type { Device, DeviceState } from './device.ts';

/// One 8259A chip.
class Chip {
  irr = 0;
  isr = 0;
  imr = 0xff;
  /// Line levels, for edge detection.
  level = 0;
  vectorBase = 0x08;
  initStep = 0;
  icw4Needed = false;
  autoEoi = false;
  readIsr = false;

  /// Highest-priority pending request not blocked by an in-service one, or -1.
  pending(): number {
    const req = this.irr & ~this.imr;
    for (let k = 0; k < 8; k++) {
      if ((this.isr & (1 << k)) !== 0) return -1;
      if ((req & (1 << k)) !== 0) return k;
    }
    return -1;
  }

  write(addr: number, v: number): void {
    if (addr === 0 && (v & 0x10) !== 0) {
      this.initStep = 1;
      this.icw4Needed = (v & 1) !== 0;
      this.imr = 0;
      this.isr = 0;
      this.irr = 0;
      this.readIsr = false;
      return;
    }
    if (addr === 1 && this.initStep > 0) return this.writeIcw(v);
    if (addr === 1) this.imr = v;
    else if ((v & 0x18) === 0) this.writeOcw2(v);
    else if ((v & 0x18) === 8 && (v & 2) !== 0) this.readIsr = (v & 1) !== 0;
  }

  private writeIcw(v: number): void {
    if (this.initStep === 1) {
      this.vectorBase = v & 0xf8;
      this.initStep = 2;
    } else if (this.initStep === 2) this.initStep = this.icw4Needed ? 3 : 0;
    else {
      this.autoEoi = (v & 2) !== 0;
      this.initStep = 0;
    }
  }

  private writeOcw2(v: number): void {
    const cmd = v >>> 5;
    if (cmd === 1) {
      for (let k = 0; k < 8; k++)
        if ((this.isr & (1 << k)) !== 0) {
          this.isr &= ~(1 << k);
          return;
        }
    } else if (cmd === 3) this.isr &= ~(1 << (v & 7));
  }

  read(addr: number): number {
    if (addr === 1) return this.imr;
    return this.readIsr ? this.isr : this.irr;
  }

  /// Acknowledges request `k`: moves it from IRR to ISR (unless auto-EOI).
  ack(k: number): void {
    this.irr &= ~(1 << k);
    if (!this.autoEoi) this.isr |= 1 << k;
  }

  setLine(k: number, high: boolean): void {
    const bit = 1 << k;
    if (high && (this.level & bit) === 0) this.irr |= bit;
    if (high) this.level |= bit;
    else this.level &= ~bit; // edge-triggered: the latched request stays until acknowledged
  }
}

const FIELDS = ['irr', 'isr', 'imr', 'level', 'vectorBase', 'initStep'] as const;

/// The cascaded PIC pair: the CPU's interrupt controller, and the source of IRQ lines.
export class Pic8259Pair implements InterruptController, Device {
  readonly name = 'pic';
  private readonly master = new Chip();
  private readonly slave = new Chip();
  private last = -1;

  constructor(io: IoBus) {
    this.slave.vectorBase = 0x70;
    io.register(
      0x20,
      2,
      (p) => this.master.read(p & 1),
      (p, v) => this.master.write(p & 1, v),
    );
    io.register(
      0xa0,
      2,
      (p) => this.slave.read(p & 1),
      (p, v) => this.slave.write(p & 1, v),
    );
  }

  /// The line for IRQ `n` (0-15), handed to a device.
  line(n: number): IrqLine {
    return { raise: () => this.setIrq(n, true), lower: () => this.setIrq(n, false) };
  }

  private setIrq(n: number, high: boolean): void {
    if (n < 8) this.master.setLine(n, high);
    else {
      this.slave.setLine(n - 8, high);
      this.master.setLine(2, this.slave.pending() >= 0);
    }
  }

  /// True when the master has an unmasked request to signal.
  hasInterrupt(): boolean {
    this.master.setLine(2, this.slave.pending() >= 0);
    return this.master.pending() >= 0;
  }

  /// INTA: returns the vector of the highest-priority request.
  acknowledge(): number {
    const m = this.master.pending();
    if (m < 0) return -1;
    this.master.ack(m);
    if (m !== 2) {
      this.last = m;
      return this.master.vectorBase + m;
    }
    const s = this.slave.pending();
    if (s < 0) return this.master.vectorBase + 7; // spurious
    this.slave.ack(s);
    this.master.setLine(2, this.slave.pending() >= 0);
    this.last = 8 + s;
    return this.slave.vectorBase + s;
  }

  /// IRQ number of the last acknowledged request.
  lastIrq(): number {
    return this.last;
  }

  getState(): DeviceState {
    const s: DeviceState = {};
    for (const f of FIELDS) {
      s[`m_${f}`] = this.master[f];
      s[`s_${f}`] = this.slave[f];
    }
    for (const [k, c] of [
      ['m', this.master],
      ['s', this.slave],
    ] as const) {
      s[`${k}_icw4`] = c.icw4Needed;
      s[`${k}_aeoi`] = c.autoEoi;
      s[`${k}_risr`] = c.readIsr;
    }
    return s;
  }

  setState(s: DeviceState): void {
    for (const [k, c] of [
      ['m', this.master],
      ['s', this.slave],
    ] as const) {
      for (const f of FIELDS) c[f] = s[`${k}_${f}`] as number;
      c.icw4Needed = s[`${k}_icw4`] as boolean;
      c.autoEoi = s[`${k}_aeoi`] as boolean;
      c.readIsr = s[`${k}_risr`] as boolean;
    }
  }
}
