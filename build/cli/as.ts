// `syscall-lab as`: GNU as (--32) style front end to tcc's built-in AT&T assembler.
// Usage: syscall-lab as [--32] [-o OUT] [-I DIR] [-D NAME[=V]] [-g] FILE.s|FILE.S
// `.S` goes through the C preprocessor first (tcc does both); `.s` is assembled as written.
// The object goes to OUT, or to a.out as GNU as does.

import { LocatedError } from '../elf/errors.ts';
import { absolutize, invokeTcc, printDiagnostics } from './tcc-invoke.ts';

/// A command line `as` cannot follow.
export class AsUsageError extends LocatedError {
  constructor(message: string) {
    super(message, 'as');
  }
}

interface AsPlan {
  output: string;
  input?: string;
  flags: string[];
  ignored: string[];
}

/// GNU as options with no effect here (listing, warnings, target already i386).
const IGNORED =
  /^(--32|--gstabs\+?|--gdwarf.*|-Q.*|-W|--warn|--fatal-warnings|--noexecstack|-a.*|--statistics|-march=.*|-mtune=.*)$/;

function nextValue(argv: readonly string[], i: number, flag: string): string {
  const v = argv[i + 1];
  if (v === undefined) throw new AsUsageError(`option requires an argument -- '${flag}'`);
  return v;
}

/// Parses the command line (options may be joined: -Idir, -DX).
export function parseAsArgs(argv: readonly string[]): AsPlan {
  const plan: AsPlan = { output: 'a.out', flags: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o') plan.output = nextValue(argv, i++, 'o');
    else if (a === '-I' || a === '-D') plan.flags.push(a, nextValue(argv, i++, a.slice(1)));
    else if (/^-[ID]./.test(a)) plan.flags.push(a.slice(0, 2), a.slice(2));
    else if (a === '-g' || a === '--gstabs') plan.flags.push('-g');
    else if (IGNORED.test(a)) plan.ignored.push(a);
    else if (a.startsWith('-')) throw new AsUsageError(`unrecognized option '${a}'`);
    else if (plan.input)
      throw new AsUsageError(`only one input file is supported (got ${plan.input} and ${a})`);
    else plan.input = a;
  }
  if (!plan.input)
    throw new AsUsageError('no input file (reading standard input is not supported)');
  if (!/\.(s|S)$/.test(plan.input))
    throw new AsUsageError(`${plan.input}: expected a .s or .S file`);
  return plan;
}

/// Entry point: returns 0 when the object was written, 1 on errors.
export function main(argv: string[]): Promise<number> {
  return runAs(argv, process.cwd());
}

/// `main` with an explicit working directory (relative paths resolve against it).
export async function runAs(argv: readonly string[], cwd: string): Promise<number> {
  try {
    const plan = parseAsArgs(argv);
    const flags = plan.flags.map((f, i) => (plan.flags[i - 1] === '-I' ? absolutize(cwd, f) : f));
    const args = [
      '-nostdinc',
      ...flags,
      '-c',
      absolutize(cwd, plan.input!),
      '-o',
      absolutize(cwd, plan.output),
    ];
    const r = await invokeTcc({ args, cwd, writeToHost: true });
    printDiagnostics(r.diagnostics);
    if (!r.ok && r.diagnostics.length === 0)
      process.stderr.write(r.run.stderr || `as: tcc exited ${r.run.exitCode}\n`);
    return r.ok ? 0 : 1;
  } catch (err) {
    if (!(err instanceof LocatedError)) throw err;
    process.stderr.write(
      err instanceof AsUsageError ? `as: error: ${err.message}\n` : `as: ${err.located}\n`,
    );
    return 1;
  }
}
