/// `syscall-lab run`: boots the headless PC in a worker thread with COM1 on stdin/stdout (or
/// --input, fed as the guest drains the UART) and exits with the byte the guest wrote to port
/// 0xF4. A machine reset (triple fault) exits 125 and a --timeout 124, with a message on stderr.
import { readFileSync } from 'node:fs';
import { NodeMachineHost } from '../host/node-worker.ts';
import type { MachineMessage } from '../host/protocol.ts';
import { parseRunOptions, RUN_USAGE, UsageError, type RunOptions } from './run-options.ts';
import { RunTracer } from './run-trace.ts';

/// Exit status when --timeout expires (as timeout(1) does).
export const EXIT_TIMEOUT = 124;
/// Exit status after a machine reset.
export const EXIT_RESET = 125;

function readInput(file: string, what: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new UsageError(
      `cannot read ${what} '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

/// Entry point; returns the exit status.
export async function main(argv: string[]): Promise<number> {
  let opts: RunOptions;
  let kernel: Uint8Array;
  let initrd: Uint8Array | undefined;
  let input: Uint8Array | undefined;
  try {
    opts = parseRunOptions(argv);
    kernel = readInput(opts.kernel, 'kernel');
    initrd = opts.initrd ? readInput(opts.initrd, 'initrd') : undefined;
    input = opts.input && opts.input !== '-' ? readInput(opts.input, 'input') : undefined;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`syscall-lab run: ${e.message}\n${RUN_USAGE}`);
    return 2;
  }
  return boot(opts, kernel, initrd, input);
}

/// Runs the machine until it exits, resets or times out.
function boot(
  opts: RunOptions,
  kernel: Uint8Array,
  initrd: Uint8Array | undefined,
  input: Uint8Array | undefined,
): Promise<number> {
  const host = new NodeMachineHost();
  const tracer = opts.trace
    ? new RunTracer(
        { file: opts.trace, numbers: opts.traceNrs, kernelPath: opts.kernel, kernel },
        (m) => host.post(m),
      )
    : null;
  return new Promise<number>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onStdin = (chunk: Buffer) =>
      host.post({ type: 'serial-in', bytes: new Uint8Array(chunk) });
    const finish = (status: number, message?: string) => {
      if (timer) clearTimeout(timer);
      process.stdin.off('data', onStdin);
      process.stdin.pause();
      if (message) console.error(`syscall-lab run: ${message}`);
      if (tracer) console.error(`syscall-lab run: ${tracer.finish()}`);
      void host.terminate().then(() => resolve(status));
    };
    host.onMessage((m: MachineMessage) => {
      if (tracer?.onMessage(m)) return;
      if (m.type === 'serial-out') process.stdout.write(m.bytes);
      else if (m.type === 'exit') finish(m.code);
      else if (m.type === 'reset') finish(EXIT_RESET, `machine reset (${m.reason})`);
      else if (m.type === 'error') finish(1, m.message);
    });
    const modules = initrd ? [{ data: initrd, string: 'initrd' }] : [];
    host.post({
      type: 'boot',
      kernel,
      cmdline: opts.append,
      modules,
      config: {
        memoryBytes: opts.memMiB << 20,
        clock: opts.deterministic ? 'deterministic' : 'realtime',
      },
    });
    tracer?.start();
    if (input) host.post({ type: 'serial-in', bytes: input });
    if (opts.input === '-') process.stdin.on('data', onStdin);
    if (opts.timeoutSec)
      timer = setTimeout(
        () => finish(EXIT_TIMEOUT, `timed out after ${opts.timeoutSec} s`),
        opts.timeoutSec * 1000,
      );
  });
}
