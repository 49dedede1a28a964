/// Parses `syscall-lab run` options into a checked plan; every mistake is a clear message.

/// What `syscall-lab run` was asked to do.
export interface RunOptions {
  readonly kernel: string;
  readonly initrd?: string;
  readonly append: string;
  readonly memMiB: number;
  /// File to feed to COM1 instead of stdin; '-' or undefined: stdin (raw when a terminal).
  readonly input?: string;
  readonly timeoutSec?: number;
  readonly deterministic: boolean;
  /// --trace FILE.json: where recorded journeys go; --trace-nr N (repeatable): which syscalls;
  /// --trace-irq N (repeatable): record interrupts of these IRQ lines taken in user mode instead.
  readonly trace?: string;
  readonly traceNrs: readonly number[];
  readonly traceIrqs: readonly number[];
}

/// Usage text.
export const RUN_USAGE = `usage: syscall-lab run --kernel FILE [--initrd FILE] [--append STR] [--mem MIB] [--input FILE|-]
                       [--timeout SEC] [--trace FILE.json [--trace-nr N]... | [--trace-irq N]...]
                       [--deterministic]
  COM1 is stdin/stdout; a terminal is put in raw mode (Ctrl-A x quits). --input FILE feeds the
  file instead (--input /dev/null: no input). --trace records the journey of each call of
  syscall N (every syscall after the first shell prompt without --trace-nr), or with --trace-irq
  of each interrupt on IRQ line N (0 = the timer) that arrives while user code runs.`;

/// A bad command line.
export class UsageError extends Error {}

/// Parses `argv` (the arguments after `run`).
export function parseRunOptions(argv: readonly string[]): RunOptions {
  const values = new Map<string, string>();
  let deterministic = false;
  const traceNrs: number[] = [];
  const traceIrqs: number[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--deterministic') {
      deterministic = true;
      continue;
    }
    if (a === '--trace-nr' || a === '--trace-irq') {
      if (a === '--trace-nr') traceNrs.push(parseTraceNumber(a, argv[++k], 0xffff));
      else traceIrqs.push(parseTraceNumber(a, argv[++k], 15));
      continue;
    }
    const known = ['--kernel', '--initrd', '--append', '--mem', '--input', '--timeout', '--trace'];
    if (!known.includes(a)) throw new UsageError(`unknown option '${a}'`);
    if (k + 1 >= argv.length) throw new UsageError(`option '${a}' needs a value`);
    values.set(a, argv[++k]);
  }
  const kernel = values.get('--kernel');
  if (!kernel) throw new UsageError('--kernel FILE is required');
  const memMiB = Number(values.get('--mem') ?? 64);
  if (!Number.isInteger(memMiB) || memMiB < 2 || memMiB > 2048)
    throw new UsageError(
      `--mem must be a whole number of MiB between 2 and 2048, not '${values.get('--mem')}'`,
    );
  const timeoutText = values.get('--timeout');
  const timeoutSec = timeoutText === undefined ? undefined : Number(timeoutText);
  if (timeoutSec !== undefined && !(timeoutSec > 0))
    throw new UsageError(`--timeout must be a positive number of seconds, not '${timeoutText}'`);
  checkTraceChoice(traceNrs, traceIrqs, values.get('--trace'));
  return {
    kernel,
    initrd: values.get('--initrd'),
    append: values.get('--append') ?? '',
    memMiB,
    input: values.get('--input'),
    timeoutSec,
    deterministic,
    trace: values.get('--trace'),
    traceNrs,
    traceIrqs,
  };
}

/// One --trace-nr value (a syscall number, 0..65535) or --trace-irq value (an IRQ line, 0..15).
function parseTraceNumber(option: string, text: string | undefined, max: number): number {
  if (text === undefined) throw new UsageError(`option '${option}' needs a value`);
  const n = Number(text);
  const what = option === '--trace-nr' ? 'a syscall number' : 'an IRQ line';
  if (!/^\d+$/.test(text) || n > max)
    throw new UsageError(`${option} must be ${what} (0 to ${max}), not '${text}'`);
  return n;
}

/// The trace numbers need --trace, and one run records syscalls or interrupts, not both.
function checkTraceChoice(nrs: number[], irqs: number[], trace: string | undefined): void {
  if (nrs.length > 0 && trace === undefined)
    throw new UsageError('--trace-nr needs --trace FILE.json');
  if (irqs.length > 0 && trace === undefined)
    throw new UsageError('--trace-irq needs --trace FILE.json');
  if (nrs.length > 0 && irqs.length > 0)
    throw new UsageError('--trace-nr and --trace-irq cannot be mixed: one run records one kind');
}
