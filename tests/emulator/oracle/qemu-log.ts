import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/// The CPU state QEMU logs before one instruction (`-d cpu` with -singlestep).
export interface QemuState {
  readonly eip: number;
  /// EAX ECX EDX EBX ESP EBP ESI EDI (the encoding order, as our CpuState has them).
  readonly regs: readonly number[];
  readonly eflags: number;
  readonly cpl: number;
  readonly cr0: number;
  readonly cr2: number;
  readonly cr3: number;
  /// Selectors ES CS SS DS FS GS.
  readonly sel: readonly number[];
  /// True when an interrupt or exception was logged since the previous state: this state is
  /// the first instruction of the handler.
  readonly afterEvent: boolean;
}

/// An exception or interrupt QEMU logged (`-d int`).
export interface QemuEvent {
  readonly vector: number;
  readonly error: number;
  /// i=1 in QEMU's log: int n / int3 / into, not a fault.
  readonly software: boolean;
  /// Preceded by "Servicing hardware INT": an IRQ.
  readonly hardware: boolean;
  readonly eip: number;
  readonly cpl: number;
  /// Index of the next logged state.
  readonly beforeState: number;
}

/// What a trace log holds.
export interface QemuTrace {
  readonly states: QemuState[];
  readonly events: QemuEvent[];
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.every((v, i) => v === b[i]);
}

const FIELD = /([A-Z0-9]{2,3})=([0-9a-f]{8})/g;

function fields(line: string, into: Record<string, number>): void {
  for (const m of line.matchAll(FIELD)) into[m[1]] = parseInt(m[2], 16);
}

const EVENT = /^\s*\d+: v=([0-9a-f]+) e=([0-9a-f]+) i=(\d) cpl=(\d) IP=[0-9a-f]+:([0-9a-f]+)/;

/// Line-by-line reader of a `-d cpu,int` log (one state per "EAX=" block, one event per "v=").
class TraceReader {
  readonly states: QemuState[] = [];
  readonly events: QemuEvent[] = [];
  private cur: Record<string, number> | null = null;
  private pendingEvent = false;
  private hardware = false;
  /// `-d int` follows each "v=" line with a register dump of the interrupted state: not a
  /// state before an executed instruction, so it is read and thrown away.
  private skipDump = false;
  private discard = false;

  /// Takes one line; returns false once `maxStates` states are held.
  line(line: string, maxStates: number): boolean {
    if (line.startsWith('EAX=')) {
      this.flush();
      if (this.states.length >= maxStates) return false;
      this.discard = this.skipDump;
      this.skipDump = false;
      // In real mode "Servicing hardware INT" comes without a "v=" line: it must not stick.
      if (!this.discard) this.hardware = false;
      this.cur = {};
      fields(line, this.cur);
    } else if (this.cur && /^(ES|CS|SS|DS|FS|GS) =[0-9a-f]{4}/.test(line)) {
      this.cur[`S${line.slice(0, 2)}`] = parseInt(line.slice(4, 8), 16);
    } else if (this.cur && /^(ESI|EIP|CR0)=/.test(line)) {
      fields(line, this.cur);
      const cpl = /CPL=(\d)/.exec(line);
      if (cpl) this.cur.CPL = Number(cpl[1]);
    } else if (line.startsWith('Servicing hardware INT')) {
      this.hardware = true;
    } else {
      const m = EVENT.exec(line);
      if (m) this.event(m);
    }
    return true;
  }

  private event(m: RegExpExecArray): void {
    this.flush();
    this.events.push({
      vector: parseInt(m[1], 16),
      error: parseInt(m[2], 16),
      software: m[3] === '1',
      hardware: this.hardware,
      eip: parseInt(m[5], 16),
      cpl: Number(m[4]),
      beforeState: this.states.length,
    });
    this.hardware = false;
    this.pendingEvent = true;
    this.skipDump = true;
  }

  /// Ends the current block: keeps it as a state unless it is an interrupt dump or a repeat.
  flush(): void {
    const c = this.cur;
    this.cur = null;
    if (!c) return;
    if (this.discard) {
      this.discard = false;
      return;
    }
    // QEMU logs an instruction again when it re-enters the same TB after an exit request (after
    // port I/O, for instance): an identical consecutive state is not a new step. (A REP
    // iteration changes ECX/ESI/EDI, so it is kept.)
    const last = this.states[this.states.length - 1];
    const regs = [c.EAX, c.ECX, c.EDX, c.EBX, c.ESP, c.EBP, c.ESI, c.EDI];
    if (
      last &&
      !this.pendingEvent &&
      last.eip === c.EIP &&
      last.eflags === c.EFL &&
      same(last.regs, regs)
    ) {
      return;
    }
    this.states.push({
      eip: c.EIP,
      regs,
      eflags: c.EFL,
      cpl: c.CPL,
      cr0: c.CR0,
      cr2: c.CR2,
      cr3: c.CR3,
      sel: [c.SES, c.SCS, c.SSS, c.SDS, c.SFS, c.SGS],
      afterEvent: this.pendingEvent,
    });
    this.pendingEvent = false;
  }
}

/// Streams a `-d cpu,int` log. Stops after `maxStates` states (the rest is not read).
export async function parseQemuTrace(path: string, maxStates: number): Promise<QemuTrace> {
  const reader = new TraceReader();
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'latin1' }),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (!reader.line(line, maxStates)) break;
  reader.flush();
  lines.close();
  return { states: reader.states, events: reader.events };
}
