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

function same(regs: readonly number[], c: Record<string, number>): boolean {
  const now = [c.EAX, c.ECX, c.EDX, c.EBX, c.ESP, c.EBP, c.ESI, c.EDI];
  return regs.every((v, i) => v === now[i]);
}

const FIELD = /([A-Z0-9]{2,3})=([0-9a-f]{8})/g;

function fields(line: string, into: Record<string, number>): void {
  for (const m of line.matchAll(FIELD)) into[m[1]] = parseInt(m[2], 16);
}

/// Streams a `-d cpu,int` log: one state per "EAX=" block, one event per "v=" line. Stops after
/// `maxStates` states (the rest of the log is not read).
export async function parseQemuTrace(path: string, maxStates: number): Promise<QemuTrace> {
  const states: QemuState[] = [];
  const events: QemuEvent[] = [];
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'latin1' }),
    crlfDelay: Infinity,
  });
  let cur: Record<string, number> | null = null;
  let pendingEvent = false;
  let hardware = false;
  // `-d int` follows each "v=" line with a register dump of the interrupted state: not a
  // state before an executed instruction, so it is read into a throwaway record.
  let skipDump = false;
  let discard = false;
  const flush = (): void => {
    if (!cur) return;
    if (discard) {
      cur = null;
      discard = false;
      return;
    }
    // QEMU logs an instruction again when it re-enters the same TB after an exit request (after
    // port I/O, for instance): an identical consecutive state is not a new step. (A REP
    // iteration changes ECX/ESI/EDI, so it is kept.)
    const last = states[states.length - 1];
    const c0 = cur;
    if (
      last &&
      !pendingEvent &&
      last.eip === c0.EIP &&
      last.eflags === c0.EFL &&
      same(last.regs, c0)
    ) {
      cur = null;
      return;
    }
    const c = cur;
    states.push({
      eip: c.EIP,
      regs: [c.EAX, c.ECX, c.EDX, c.EBX, c.ESP, c.EBP, c.ESI, c.EDI],
      eflags: c.EFL,
      cpl: c.CPL,
      cr0: c.CR0,
      cr2: c.CR2,
      cr3: c.CR3,
      afterEvent: pendingEvent,
    });
    pendingEvent = false;
    cur = null;
  };
  for await (const line of lines) {
    if (line.startsWith('EAX=')) {
      flush();
      if (states.length >= maxStates) break;
      discard = skipDump;
      skipDump = false;
      // In real mode "Servicing hardware INT" comes without a "v=" line: it must not stick.
      if (!discard) hardware = false;
      cur = {};
      fields(line, cur);
    } else if (cur && /^(ESI|EIP|CR0)=/.test(line)) {
      fields(line, cur);
      const cpl = /CPL=(\d)/.exec(line);
      if (cpl) cur.CPL = Number(cpl[1]);
    } else if (line.startsWith('Servicing hardware INT')) {
      hardware = true;
    } else {
      const m =
        /^\s*\d+: v=([0-9a-f]+) e=([0-9a-f]+) i=(\d) cpl=(\d) IP=[0-9a-f]+:([0-9a-f]+)/.exec(line);
      if (!m) continue;
      flush();
      const [vector, error, eip] = [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[5], 16)];
      events.push({
        vector,
        error,
        software: m[3] === '1',
        hardware,
        eip,
        cpl: Number(m[4]),
        beforeState: states.length,
      });
      hardware = false;
      pendingEvent = true;
      skipDump = true;
    }
  }
  flush();
  lines.close();
  return { states, events };
}
