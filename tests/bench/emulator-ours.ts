// Our PC's side of the emulator benchmark: the CPU-bound workload (timed between its 'S' and 'E'
// serial bytes) and the lab kernel's boot to its shell prompt. Used in-process (from source,
// under tsx) and from the bundled child (emulator-ours-child.ts), which runs the emulator as the
// app's bundled machine worker does.
import { PC } from '../../emulator/index.ts';

/// Timing of one workload run.
export interface Timing {
  readonly bootToFirstByteMs: number;
  readonly workMs: number;
  /// Host CPU time of this process over the timed section (robust on a loaded machine).
  readonly workCpuMs: number;
  readonly instructions: number;
  readonly output: string;
}

/// Boot-to-prompt timing: host milliseconds from machine creation and instructions executed.
export interface BootTiming {
  readonly promptMs: number;
  readonly instructions: number;
}

/// The shell prompt the lab kernel's init prints ("/root # ").
export const PROMPT = /# $/;

/// Runs the workload on our PC; `hooked` installs an (empty) per-instruction hook.
export function runWorkload(elf: Uint8Array, hooked: boolean): Timing {
  const t0 = performance.now();
  const pc = new PC({ memoryBytes: 64 << 20, clock: 'deterministic' });
  let first = 0,
    start = 0,
    end = 0,
    startCount = 0,
    endCount = 0,
    startCpu = 0,
    endCpu = 0,
    output = '';
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  pc.on('io', (e) => {
    if (e.port !== 0x3f8 || !e.write) return;
    const now = performance.now();
    const c = String.fromCharCode(e.value & 0xff);
    if (!first) first = now;
    if (c === 'S') [start, startCount, startCpu] = [now, pc.cpu.icount, cpuMs()];
    if (c === 'E') [end, endCount, endCpu] = [now, pc.cpu.icount, cpuMs()];
    output += c;
  });
  pc.loadMultiboot(elf);
  if (hooked) {
    let n = 0;
    pc.setInstructionHook(() => void n++);
  }
  const r = pc.run(5e9);
  if (r.reason !== 'exit') throw new Error(`benchmark guest did not exit on our PC (${r.reason})`);
  return {
    bootToFirstByteMs: first - t0,
    workMs: end - start,
    workCpuMs: endCpu - startCpu,
    instructions: endCount - startCount,
    output,
  };
}

/// Boots `kernel` with `initrd` in real-time mode, as the app does, until the shell prompt is on
/// COM1. When the guest idles, waits (busy, to keep the measurement simple) until its next timer
/// event, as the worker host sleeps.
export function bootToPrompt(kernel: Uint8Array, initrd: Uint8Array, limitMs = 30_000): BootTiming {
  const t0 = performance.now();
  const pc = new PC({ memoryBytes: 64 << 20, clock: 'realtime' });
  let text = '';
  let promptMs = 0;
  pc.on('serial:out', ({ bytes }) => {
    text = (text + Buffer.from(bytes).toString('latin1')).slice(-64);
    if (!promptMs && PROMPT.test(text)) promptMs = performance.now() - t0;
  });
  pc.loadMultiboot(kernel, {
    cmdline: 'console=ttyS0',
    modules: [{ data: initrd, string: 'initrd' }],
  });
  while (!promptMs) {
    if (performance.now() - t0 > limitMs) throw new Error(`no shell prompt within ${limitMs} ms`);
    const r = pc.run(1_000_000);
    if (r.reason === 'idle') {
      const until = performance.now() + Math.min(pc.msUntilNextEvent(), 10);
      while (performance.now() < until && !promptMs);
    } else if (r.reason !== 'budget') throw new Error(`lab kernel stopped booting (${r.reason})`);
  }
  return { promptMs, instructions: pc.cpu.icount };
}
