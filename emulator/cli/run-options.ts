/// Parses `syscall-lab run` options into a checked plan; every mistake is a clear message.

/// What `syscall-lab run` was asked to do.
export interface RunOptions {
  readonly kernel: string;
  readonly initrd?: string;
  readonly append: string;
  readonly memMiB: number;
  /// File to feed to COM1, '-' for stdin, or undefined for none (stdin stays unused).
  readonly input?: string;
  readonly timeoutSec?: number;
  readonly deterministic: boolean;
  /// --trace FILE.json: where recorded syscall journeys go; --trace-nr N (repeatable): which.
  readonly trace?: string;
  readonly traceNrs: readonly number[];
}

/// Usage text.
export const RUN_USAGE =
  'usage: syscall-lab run --kernel FILE [--initrd FILE] [--append STR] [--mem MIB] [--input FILE|-] [--timeout SEC] [--trace FILE.json [--trace-nr N]...] [--deterministic]';

/// A bad command line.
export class UsageError extends Error {}

/// Parses `argv` (the arguments after `run`).
export function parseRunOptions(argv: readonly string[]): RunOptions {
  const values = new Map<string, string>();
  let deterministic = false;
  const traceNrs: number[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--deterministic') {
      deterministic = true;
      continue;
    }
    if (a === '--trace-nr') {
      traceNrs.push(parseTraceNr(argv[++k]));
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
  return {
    kernel,
    initrd: values.get('--initrd'),
    append: values.get('--append') ?? '',
    memMiB,
    input: values.get('--input'),
    timeoutSec,
    deterministic,
    trace: values.get('--trace'),
    traceNrs: checkTraceNrs(traceNrs, values.get('--trace')),
  };
}

/// One --trace-nr value: a syscall number (0..65535).
function parseTraceNr(text: string | undefined): number {
  if (text === undefined) throw new UsageError("option '--trace-nr' needs a value");
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 0xffff)
    throw new UsageError(`--trace-nr must be a syscall number (0 to 65535), not '${text}'`);
  return n;
}

function checkTraceNrs(nrs: number[], trace: string | undefined): number[] {
  if (nrs.length > 0 && trace === undefined)
    throw new UsageError('--trace-nr needs --trace FILE.json');
  return nrs;
}
