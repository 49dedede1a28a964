// Parses `syscall-lab cc` arguments the way gcc reads them, into a plan the driver follows.
// Options tcc has an equivalent for are passed on; options that only tune GCC's code generation
// are accepted and reported once as ignored, so Makefiles written for gcc work unchanged.

import { LocatedError } from '../elf/errors.ts';

/// A command line the driver cannot follow (unknown input kind, missing argument, -m64).
export class CcUsageError extends LocatedError {
  constructor(message: string) {
    super(message, 'cc');
  }
}

/// What to do with the inputs: the last of -E/-S/-c wins over linking, as in gcc.
export type CcMode = 'preprocess' | 'assembly' | 'compile' | 'link';

/// A parsed command line.
export interface CcPlan {
  readonly mode: CcMode;
  readonly output?: string;
  /// Sources (`.c`, `.s`, `.S`) to compile, and objects/archives/`-l` refs to link, in order.
  readonly inputs: readonly CcInput[];
  /// Preprocessor and code options passed to tcc for every source (-I -D -U -include -g -w ...).
  readonly tccFlags: readonly string[];
  readonly libraryPaths: readonly string[];
  readonly nostdinc: boolean;
  readonly nostdlib: boolean;
  /// -MD/-MMD: write a dependency file; -MF names it.
  readonly deps: boolean;
  readonly depFile?: string;
  /// --sysroot: the kernel tree whose userland (usr/include, usr/lib) programs build against.
  readonly sysroot?: string;
  readonly verbose: boolean;
  /// Options accepted but without effect with tcc, for one note.
  readonly ignored: readonly string[];
}

/// One input on the command line.
export type CcInput =
  | { readonly kind: 'source'; readonly path: string; readonly lang: 'c' | 'asm' | 'asm-cpp' }
  | { readonly kind: 'object'; readonly path: string }
  | { readonly kind: 'library'; readonly name: string };

const WITH_ARG = new Set([
  '-o',
  '-I',
  '-D',
  '-U',
  '-include',
  '-MF',
  '-MT',
  '-MQ',
  '-L',
  '-l',
  '-x',
  '-isystem',
  '-idirafter',
]);
/// Flags tcc understands the same way; passed on unchanged.
const PASSED =
  /^(-g.*|-w|-W(all|error|no-error|unsupported|implicit-function-declaration|write-strings)|-f(no-)?(common|leading-underscore|signed-char|unsigned-char|dollars-in-identifiers|ms-extensions)|-std=.*|-funsigned-char|-fsigned-char)$/;
/// Accepted and ignored (GCC code generation / warnings tcc does not have).
const IGNORED =
  /^(-O.*|-W.*|-f.*|-m(32|arch=.*|tune=.*|regparm=.*|no-.*|preferred-stack-boundary=.*|soft-float)|-static|-pipe|-ansi|-pedantic.*|-MP|-nostartfiles|-no-pie|-ffreestanding|-s)$/;

function sourceLang(path: string): 'c' | 'asm' | 'asm-cpp' | null {
  if (path.endsWith('.c')) return 'c';
  if (path.endsWith('.S')) return 'asm-cpp';
  if (path.endsWith('.s')) return 'asm';
  return null;
}

/// Splits `-Ifoo` / `-I foo` style options; returns [flag, value, argsConsumed].
function splitOption(argv: readonly string[], i: number): [string, string | undefined, number] {
  const a = argv[i];
  for (const flag of WITH_ARG) {
    if (a === flag) return [flag, argv[i + 1], 2];
    if (flag.length === 2 && a.startsWith(flag) && a.length > 2) return [flag, a.slice(2), 1];
  }
  if (a.startsWith('--sysroot=')) return ['--sysroot', a.slice('--sysroot='.length), 1];
  return [a, undefined, 1];
}

interface Draft {
  mode: CcMode;
  output?: string;
  inputs: CcInput[];
  tccFlags: string[];
  libraryPaths: string[];
  nostdinc: boolean;
  nostdlib: boolean;
  deps: boolean;
  depFile?: string;
  sysroot?: string;
  verbose: boolean;
  ignored: string[];
}

/// Parses gcc-style arguments; throws CcUsageError with the offending argument named.
export function parseCcArgs(argv: readonly string[]): CcPlan {
  const d: Draft = {
    mode: 'link',
    inputs: [],
    tccFlags: [],
    libraryPaths: [],
    nostdinc: false,
    nostdlib: false,
    deps: false,
    verbose: false,
    ignored: [],
  };
  for (let i = 0; i < argv.length;) {
    const [flag, value, used] = splitOption(argv, i);
    if (used === 2 && value === undefined) throw new CcUsageError(`missing argument to '${flag}'`);
    applyOption(d, flag, value, argv[i]);
    i += used;
  }
  if (d.inputs.length === 0) throw new CcUsageError('no input files');
  return d;
}

function applyOption(d: Draft, flag: string, value: string | undefined, raw: string): void {
  switch (flag) {
    case '-c':
      return void (d.mode = 'compile');
    case '-S':
      return void (d.mode = 'assembly');
    case '-E':
      return void (d.mode = 'preprocess');
    case '-o':
      return void (d.output = value);
    case '-I':
    case '-isystem':
    case '-idirafter':
      return void d.tccFlags.push('-I', value!);
    case '-D':
    case '-U':
    case '-include':
      return void d.tccFlags.push(flag, value!);
    case '-L':
      return void d.libraryPaths.push(value!);
    case '-l':
      return void d.inputs.push({ kind: 'library', name: value! });
    case '-MD':
    case '-MMD':
      return void (d.deps = true);
    case '-MF':
      return void (d.depFile = value);
    case '-MT':
    case '-MQ':
    case '-x':
      return void d.ignored.push(`${flag} ${value}`);
    case '-nostdinc':
      return void (d.nostdinc = true);
    case '-nostdlib':
      return void (d.nostdlib = true);
    case '-v':
      return void (d.verbose = true);
    case '--sysroot':
      return void (d.sysroot = value);
    case '-m64':
      throw new CcUsageError("'-m64' is not supported: this compiler targets i386 only");
  }
  applyOther(d, raw);
}

function applyOther(d: Draft, a: string): void {
  if (PASSED.test(a)) d.tccFlags.push(a);
  else if (IGNORED.test(a)) d.ignored.push(a);
  else if (a.startsWith('-')) throw new CcUsageError(`unrecognized command-line option '${a}'`);
  else {
    const lang = sourceLang(a);
    if (lang) d.inputs.push({ kind: 'source', path: a, lang });
    else if (/\.(o|a)$/.test(a)) d.inputs.push({ kind: 'object', path: a });
    else throw new CcUsageError(`${a}: file format not recognized (expected .c, .s, .S, .o or .a)`);
  }
}
