/// The 8253/8254 programmable interval timer: three channels at 1.193182 MHz on ports 0x40-0x43,
/// channel 0 wired to IRQ 0, channel 2 gated and read through port 0x61. Counts are computed from
/// the board's clock when read, never ticked one by one.
import type { IoBus } from '../board/io-bus.ts';
import type { IrqLine } from '../board/irq.ts';
import type { Device, DeviceState } from './device.ts';

/// Input frequency of the PIT in Hz.
export const PIT_HZ = 1193182;

class Channel {
  mode = 0;
  access = 3;
  reload = 0x10000;
  start = 0;
  /// Next IRQ tick for channel 0 (Infinity when none is due).
  next = Infinity;
  armed = false;
  writeHigh = false;
  readHigh = false;
  latched = -1;
  pendingLow = 0;
  gate = true;

  /// Current count at tick `now`.
  count(now: number): number {
    if (!this.armed) return this.reload & 0xffff;
    const elapsed = Math.max(0, now - this.start);
    if (this.mode === 2 || this.mode === 3) return (this.reload - (elapsed % this.reload)) & 0xffff;
    return Math.max(0, this.reload - elapsed) & 0xffff;
  }

  /// Output pin at tick `now` for one-shot modes (used by port 0x61 bit 5).
  out(now: number): boolean {
    if (!this.armed) return false;
    if (this.mode === 0 || this.mode === 1) return now - this.start >= this.reload;
    return this.count(now) > this.reload / 2;
  }
}

/// The PIT.
export class Pit8254 implements Device {
  readonly name = 'pit';
  private readonly ch = [new Channel(), new Channel(), new Channel()];
  private port61 = 0;

  /// `now` returns the board clock in PIT ticks.
  constructor(
    io: IoBus,
    private readonly irq0: IrqLine,
    private readonly now: () => number,
  ) {
    io.register(
      0x40,
      3,
      (p) => this.readCounter(p - 0x40),
      (p, v) => this.writeCounter(p - 0x40, v),
    );
    io.register(0x43, 1, null, (_p, v) => this.writeControl(v));
    io.register(
      0x61,
      1,
      () => this.read61(),
      (_p, v) => {
        this.port61 = v & 0x0f;
        this.ch[2].gate = (v & 1) !== 0;
      },
    );
  }

  private read61(): number {
    const out2 = this.ch[2].out(this.now()) ? 0x20 : 0;
    const refresh = Math.floor(this.now() / 18) & 1 ? 0x10 : 0;
    return this.port61 | out2 | refresh;
  }

  private writeControl(v: number): void {
    const sel = v >>> 6;
    if (sel === 3) return; // read-back command: not modelled
    const c = this.ch[sel];
    const access = (v >>> 4) & 3;
    if (access === 0) {
      c.latched = c.count(this.now());
      return;
    }
    c.access = access;
    c.mode = (v >>> 1) & 7;
    if (c.mode > 5) c.mode -= 4;
    c.writeHigh = false;
    c.readHigh = false;
    c.armed = false;
    if (sel === 0) c.next = Infinity;
  }

  private writeCounter(n: number, v: number): void {
    const c = this.ch[n];
    if (c.access === 3 && !c.writeHigh) {
      c.pendingLow = v;
      c.writeHigh = true;
      return;
    }
    let value: number;
    if (c.access === 1) value = v;
    else if (c.access === 2) value = v << 8;
    else {
      value = c.pendingLow | (v << 8);
      c.writeHigh = false;
    }
    c.reload = value === 0 ? 0x10000 : value;
    c.start = this.now();
    c.armed = true;
    if (n === 0) c.next = c.start + c.reload;
  }

  private readCounter(n: number): number {
    const c = this.ch[n];
    const value = c.latched >= 0 ? c.latched : c.count(this.now());
    let out: number;
    if (c.access === 1) out = value & 0xff;
    else if (c.access === 2) out = value >>> 8;
    else {
      out = c.readHigh ? value >>> 8 : value & 0xff;
      c.readHigh = !c.readHigh;
      if (c.readHigh) return out;
    }
    c.latched = -1;
    return out & 0xff;
  }

  /// Tick of the next IRQ 0 (Infinity when the timer is idle).
  nextEvent(): number {
    return this.ch[0].next;
  }

  /// Raises IRQ 0 if its time has come; periodic modes re-arm (missed periods collapse to one).
  advance(now: number): void {
    const c = this.ch[0];
    if (c.next > now) return;
    this.irq0.raise();
    this.irq0.lower();
    if (c.mode === 2 || c.mode === 3) {
      const periods = Math.floor((now - c.next) / c.reload) + 1;
      c.next += periods * c.reload;
    } else c.next = Infinity;
  }

  getState(): DeviceState {
    const s: DeviceState = { port61: this.port61 };
    this.ch.forEach((c, k) => {
      s[`c${k}`] = [
        c.mode,
        c.access,
        c.reload,
        c.start,
        c.next === Infinity ? -1 : c.next,
        c.armed ? 1 : 0,
        c.writeHigh ? 1 : 0,
        c.readHigh ? 1 : 0,
        c.latched,
        c.pendingLow,
        c.gate ? 1 : 0,
      ];
    });
    return s;
  }

  setState(s: DeviceState): void {
    this.port61 = s.port61 as number;
    this.ch.forEach((c, k) => {
      const a = s[`c${k}`] as number[];
      [c.mode, c.access, c.reload, c.start] = a;
      c.next = a[4] < 0 ? Infinity : a[4];
      c.armed = a[5] === 1;
      c.writeHigh = a[6] === 1;
      c.readHigh = a[7] === 1;
      c.latched = a[8];
      c.pendingLow = a[9];
      c.gate = a[10] === 1;
    });
  }
}
