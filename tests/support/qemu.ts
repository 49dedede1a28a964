import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';

import { serialFeeder, type SerialStep } from './serial-script.ts';

export type { SerialStep } from './serial-script.ts';

/// How to boot a kernel under `qemu-system-i386`.
export interface QemuRunSpec {
  /// Multiboot kernel (ELF32) path.
  readonly kernel: string;
  /// Multiboot module 0 (`-initrd`).
  readonly initrd?: string;
  /// Multiboot command line (`-append`).
  readonly append?: string;
  readonly memoryMiB?: number;
  readonly input?: readonly SerialStep[];
  /// Wall-clock limit; the process is killed and `timedOut` set past it. Default 20 s.
  readonly timeoutMs?: number;
  readonly extraArgs?: readonly string[];
}

/// What a QEMU run produced.
export interface QemuResult {
  /// Bytes the guest wrote to COM1.
  readonly serial: Uint8Array;
  /// The same bytes as latin1 text (one char per byte).
  readonly text: string;
  /// The byte written to port 0xF4 (status >> 1), or null when the guest did not write one
  /// (for instance a triple fault with -no-reboot, which exits with status 0).
  readonly exitCode: number | null;
  readonly status: number | null;
  readonly timedOut: boolean;
  readonly stderr: string;
  readonly durationMs: number;
}

/// The QEMU command line for a spec (without the trace options).
export function qemuArgs(spec: QemuRunSpec): string[] {
  const args = ['-kernel', spec.kernel, '-m', String(spec.memoryMiB ?? 32)];
  if (spec.initrd) args.push('-initrd', spec.initrd);
  if (spec.append !== undefined) args.push('-append', spec.append);
  args.push('-serial', 'stdio', '-display', 'none', '-monitor', 'none', '-no-reboot');
  args.push('-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04', '-nodefaults');
  return [...args, ...(spec.extraArgs ?? [])];
}

/// Boots a kernel under QEMU with COM1 on stdio and returns its serial output and exit byte.
/// `watch` (used by runQemuTrace) may watch the process; it returns its own cleanup.
export function runQemu(
  spec: QemuRunSpec,
  watch?: (child: ChildProcess) => () => void,
): Promise<QemuResult> {
  const start = Date.now();
  const child = spawn('qemu-system-i386', qemuArgs(spec), { stdio: ['pipe', 'pipe', 'pipe'] });
  const unwatch = watch ? watch(child) : () => {};
  const chunks: Buffer[] = [];
  let stderr = '';
  const feed = serialFeeder(spec.input ?? [], (t) => child.stdin.write(Buffer.from(t, 'latin1')));
  child.stdout.on('data', (b: Buffer) => {
    chunks.push(b);
    feed(b.toString('latin1'));
  });
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdin.on('error', () => {}); // QEMU may exit before reading all input
  feed('');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, spec.timeoutMs ?? 20_000);
  return new Promise((resolvePromise, reject) => {
    child.on('error', (err) => {
      clearTimeout(timer);
      unwatch();
      reject(err);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      unwatch();
      child.stdin.destroy();
      const serial = new Uint8Array(Buffer.concat(chunks));
      const exitCode = !timedOut && status !== null && status % 2 === 1 ? status >> 1 : null;
      const text = Buffer.from(serial).toString('latin1');
      resolvePromise({
        serial,
        text,
        exitCode,
        status,
        timedOut,
        stderr,
        durationMs: Date.now() - start,
      });
    });
  });
}

/// A QEMU run that also logs the CPU state before every instruction (`-singlestep -d
/// cpu,int,nochain`, the spelling QEMU 7.2 accepts: `-accel tcg,one-insn-per-tb=on` is 8.1+)
/// and every interrupt/exception to `logFile`. `dfilter` (QEMU `-dfilter`, e.g.
/// `0x100000..0x100fff`) keeps only instructions in those ranges.
/// `maxLogBytes` stops QEMU once the log grows past it (a whole run can log gigabytes; the
/// result then has `timedOut` false and `status` null).
export function runQemuTrace(
  spec: QemuRunSpec & {
    readonly logFile: string;
    readonly dfilter?: string;
    readonly maxLogBytes?: number;
  },
): Promise<QemuResult> {
  const trace = ['-singlestep', '-d', 'cpu,int,nochain', '-D', spec.logFile];
  if (spec.dfilter) trace.push('-dfilter', spec.dfilter);
  return runQemu({ ...spec, extraArgs: [...(spec.extraArgs ?? []), ...trace] }, (child) => {
    if (spec.maxLogBytes === undefined) return () => {};
    const limit = spec.maxLogBytes;
    const timer = setInterval(() => {
      const size = statSync(spec.logFile, { throwIfNoEntry: false })?.size ?? 0;
      if (size > limit) child.kill('SIGKILL');
    }, 20);
    return () => clearInterval(timer);
  });
}
