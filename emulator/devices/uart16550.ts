/// The 16550A UART (COM1 at 0x3F8, IRQ 4 on a PC). Transmitted bytes go to the board at once
/// (the line is infinitely fast); received bytes wait in a host-side queue and move into the
/// 16-byte FIFO as the guest drains it, so input is never lost to an overflow. Receive-data,
/// transmitter-empty and line-status interrupts, loopback, and the divisor latch are modelled.
import type { IoBus } from '../board/io-bus.ts';
import type { IrqLine } from '../board/irq.ts';
import type { Device, DeviceState } from './device.ts';

const LSR_DR = 0x01,
  LSR_THRE = 0x20,
  LSR_TEMT = 0x40;
const IER_RDA = 0x01,
  IER_THRE = 0x02,
  IER_RLS = 0x04;
const MCR_LOOP = 0x10;

/// One 16550A.
export class Uart16550 implements Device {
  readonly name: string;
  private ier = 0;
  private lcr = 0x03;
  private mcr = 0;
  private scr = 0;
  private fcr = 0;
  private dll = 0x0c;
  private dlm = 0;
  private lsrErrors = 0;
  /// THR-empty interrupt pending (cleared by reading IIR or writing THR).
  private threPending = false;
  private fifo: number[] = [];
  private queue: number[] = [];
  private irqHigh = false;

  /// `transmit` receives every byte the guest sends (not in loopback mode).
  constructor(
    io: IoBus,
    readonly base: number,
    private readonly irq: IrqLine,
    private readonly transmit: (byte: number) => void,
  ) {
    this.name = `uart@${base.toString(16)}`;
    io.register(
      base,
      8,
      (p) => this.read(p - base),
      (p, v) => this.write(p - base, v),
    );
  }

  /// Queues bytes from the host; they enter the FIFO as space frees up.
  input(bytes: Uint8Array | readonly number[]): void {
    for (const b of bytes) this.queue.push(b & 0xff);
    this.refill();
  }

  /// Bytes still waiting in the host queue and the FIFO.
  pendingInput(): number {
    return this.queue.length + this.fifo.length;
  }

  private refill(): void {
    const cap = (this.fcr & 1) !== 0 ? 16 : 1;
    while (this.fifo.length < cap && this.queue.length > 0) this.fifo.push(this.queue.shift()!);
    this.update();
  }

  private dlab(): boolean {
    return (this.lcr & 0x80) !== 0;
  }

  private read(reg: number): number {
    switch (reg) {
      case 0:
        if (this.dlab()) return this.dll;
        return this.readRbr();
      case 1:
        return this.dlab() ? this.dlm : this.ier;
      case 2:
        return this.readIir();
      case 3:
        return this.lcr;
      case 4:
        return this.mcr;
      case 5: {
        const v = (this.fifo.length > 0 ? LSR_DR : 0) | LSR_THRE | LSR_TEMT | this.lsrErrors;
        this.lsrErrors = 0;
        this.update();
        return v;
      }
      case 6:
        return this.readMsr();
      default:
        return this.scr;
    }
  }

  private readRbr(): number {
    const v = this.fifo.length > 0 ? this.fifo.shift()! : 0;
    this.refill();
    return v;
  }

  private readMsr(): number {
    if ((this.mcr & MCR_LOOP) !== 0) {
      const m = this.mcr;
      return ((m & 2) << 3) | ((m & 1) << 5) | ((m & 4) << 4) | ((m & 8) << 4);
    }
    return 0xb0; // CTS, DSR, DCD asserted
  }

  /// Interrupt identification, highest priority first.
  private readIir(): number {
    const fifoBits = (this.fcr & 1) !== 0 ? 0xc0 : 0;
    const id = this.currentInterrupt();
    if (id === 0x02) {
      this.threPending = false;
      this.update();
    }
    return fifoBits | id;
  }

  private currentInterrupt(): number {
    if ((this.ier & IER_RLS) !== 0 && this.lsrErrors !== 0) return 0x06;
    if ((this.ier & IER_RDA) !== 0 && this.fifo.length > 0) return 0x04;
    if ((this.ier & IER_THRE) !== 0 && this.threPending) return 0x02;
    return 0x01;
  }

  private write(reg: number, v: number): void {
    switch (reg) {
      case 0:
        if (this.dlab()) this.dll = v;
        else this.writeThr(v);
        return;
      case 1:
        if (this.dlab()) this.dlm = v;
        else {
          if ((v & IER_THRE) !== 0 && (this.ier & IER_THRE) === 0) this.threPending = true;
          this.ier = v & 0x0f;
          this.update();
        }
        return;
      case 2:
        this.writeFcr(v);
        return;
      case 3:
        this.lcr = v;
        return;
      case 4:
        this.mcr = v & 0x1f;
        return;
      case 7:
        this.scr = v;
        return;
    }
  }

  private writeThr(v: number): void {
    if ((this.mcr & MCR_LOOP) !== 0) {
      this.queue.unshift(v);
      this.refill();
    } else this.transmit(v);
    this.threPending = true;
    this.update();
  }

  private writeFcr(v: number): void {
    if ((v & 2) !== 0) this.fifo.length = 0;
    this.fcr = v & 0xc9;
    this.refill();
  }

  private update(): void {
    const high = this.currentInterrupt() !== 0x01;
    if (high === this.irqHigh) return;
    this.irqHigh = high;
    if (high) this.irq.raise();
    else this.irq.lower();
  }

  getState(): DeviceState {
    return {
      regs: [this.ier, this.lcr, this.mcr, this.scr, this.fcr, this.dll, this.dlm, this.lsrErrors],
      thre: this.threPending,
      irq: this.irqHigh,
      fifo: [...this.fifo],
      queue: [...this.queue],
    };
  }

  setState(s: DeviceState): void {
    [this.ier, this.lcr, this.mcr, this.scr, this.fcr, this.dll, this.dlm, this.lsrErrors] =
      s.regs as number[];
    this.threPending = s.thre as boolean;
    this.irqHigh = s.irq as boolean;
    this.fifo = [...(s.fifo as number[])];
    this.queue = [...(s.queue as number[])];
  }
}
