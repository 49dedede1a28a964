/// `syscall-lab run`: boots the headless PC in a worker thread with COM1 on stdin/stdout (stdin
/// in raw mode when it is a terminal, see stdin-console.ts; or --input FILE, fed as the guest
/// drains the UART) and exits with the byte the guest wrote to port 0xF4. A machine reset
/// (triple fault) exits 125, a --timeout 124 and Ctrl-A x 0, with a message on stderr.
import { readFileSync } from 'node:fs';
import { NodeMachineHost } from '../host/node-worker.ts';
import type { MachineMessage } from '../host/protocol.ts';
import { parseRunOptions, RUN_USAGE, UsageError, type RunOptions } from './run-options.ts';
import { RunTracer } from './run-trace.ts';
import { StdinConsole } from './stdin-console.ts';

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
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(RUN_USAGE);
    return 0;
  }
  try {
    opts = parseRunOptions(argv);
    kernel = readInput(opts.kernel, 'kernel');
    initrd = opts.initrd ? readInput(opts.initrd, 'initrd') : undefined;
    input =
      opts.input !== undefined && opts.input !== '-' ? readInput(opts.input, 'input') : undefined;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`syscall-lab run: ${e.message}\n${RUN_USAGE}`);
    return 2;
  }
  return boot(opts, kernel, initrd, input);
}

/// The tracer of a --trace run (null without one).
function runTracer(opts: RunOptions, kernel: Uint8Array, host: NodeMachineHost): RunTracer | null {
  if (!opts.trace) return null;
  const request = {
    file: opts.trace,
    numbers: opts.traceNrs,
    irqs: opts.traceIrqs,
    kernelPath: opts.kernel,
    kernel,
  };
  return new RunTracer(request, (m) => host.post(m));
}

/// Runs the machine until it exits, resets, times out or is quit from the keyboard.
function boot(
  opts: RunOptions,
  kernel: Uint8Array,
  initrd: Uint8Array | undefined,
  input: Uint8Array | undefined,
): Promise<number> {
  const host = new NodeMachineHost();
  const tracer = runTracer(opts, kernel, host);
  return new Promise<number>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const finish = (status: number, message?: string) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      stdin?.stop();
      if (message) console.error(`syscall-lab run: ${message}`);
      if (tracer) console.error(`syscall-lab run: ${tracer.finish()}`);
      void host.terminate().then(() => resolve(status));
    };
    // Without --input FILE, COM1's input is stdin (DESIGN "Command line").
    const stdin = input
      ? null
      : new StdinConsole((bytes) => host.post({ type: 'serial-in', bytes }), finish);
    host.onMessage((m: MachineMessage) => {
      if (tracer?.onMessage(m)) return;
      if (m.type === 'serial-out') process.stdout.write(m.bytes);
      else if (m.type === 'exit') finish(m.code);
      else if (m.type === 'reset') finish(EXIT_RESET, `machine reset (${m.reason})`);
      else if (m.type === 'error') finish(1, m.message);
    });
    const modules = initrd ? [{ data: initrd, string: 'initrd' }] : [];
    const clock = opts.deterministic ? ('deterministic' as const) : ('realtime' as const);
    const config = { memoryBytes: opts.memMiB << 20, clock };
    host.post({ type: 'boot', kernel, cmdline: opts.append, modules, config });
    tracer?.start();
    if (input) host.post({ type: 'serial-in', bytes: input });
    stdin?.start();
    if (opts.timeoutSec)
      timer = setTimeout(
        () => finish(EXIT_TIMEOUT, `timed out after ${opts.timeoutSec} s`),
        opts.timeoutSec * 1000,
      );
  });
}
