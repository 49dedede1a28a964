import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildGuest,
  repoRoot,
  type GuestImage,
  type GuestSource,
} from '../../support/guest-build.ts';
import type { SerialStep } from '../../support/qemu.ts';

/// Sources of the test kernels: one file (or `name.*` files) per area plus the shared runtime.
export const kernelsDir = join(repoRoot, 'tests/emulator/kernels');
const libDir = join(kernelsDir, 'lib');

/// A test kernel of the oracle suite and what running it needs.
export interface KernelCase {
  /// File stem in tests/emulator/kernels (`alu-flags` -> alu-flags.c and/or alu-flags.S).
  readonly name: string;
  /// Scripted COM1 input, the same on every machine.
  readonly input?: readonly SerialStep[];
  /// Lines the transcript must contain on QEMU: proves the kernel exercises what it claims.
  readonly mustContain: readonly string[];
  /// The exit byte QEMU must report (kernels return their self-check failure count: 0).
  readonly exitCode: number | null;
  /// Why instruction-level lockstep with QEMU is not run on this kernel (absent: it is).
  readonly noLockstep?: string;
  /// What v86 is known not to model the way QEMU and the manuals do (see README.md): lines
  /// matching `ignore` are left out of both transcripts (and the exit bytes, which count failed
  /// self-checks, are not compared); `unsupported` kernels are not run on v86 at all.
  readonly v86?: { readonly reason: string; readonly ignore?: RegExp; readonly unsupported?: true };
  /// 'qemu' (default): our transcript must equal QEMU's. 'self': QEMU is known to lack the
  /// checks, so our run must instead pass the kernel's own expectations (exit byte 0).
  readonly oracle?: 'qemu' | 'self';
  /// The kernel ends in a machine reset (triple fault), not an exit byte.
  readonly resets?: boolean;
}

/// The multiboot command line every machine passes (c-printf checks it arrives).
export const kernelCmdline = 'oracle=1';

/// Scripted input of the UART kernel: sent once it has its receive interrupts armed.
const uartInput: readonly SerialStep[] = [{ waitFor: 'READY\n', send: 'hello uart\r' }];

/// The kernels, one per area of the CPU and board. `mustContain` lines prove on QEMU that each
/// kernel reaches the behaviour it is named for.
export const kernelCases: readonly KernelCase[] = [
  { name: 'alu-flags', mustContain: ['== bcd', 'cmpxchg8b m64'], exitCode: 0 },
  { name: 'shifts', mustContain: ['== rcr', '== double shifts'], exitCode: 0 },
  { name: 'mul-div', mustContain: ['divl by zero: #DE v=0 e=0000'], exitCode: 0 },
  { name: 'bitops', mustContain: ['== conditions', 'cmovg %edx,%eax'], exitCode: 0 },
  { name: 'strings', mustContain: ['repne scasb', 'rep movsl'], exitCode: 0 },
  {
    name: 'stack',
    mustContain: ['== enter and leave', 'popal;'],
    exitCode: 0,
    v86: {
      reason: 'enter with a nesting level > 0 builds a wrong frame',
      ignore: /^enter \$\d+,\$[1-9]/,
    },
  },
  {
    name: 'far-calls',
    mustContain: ['lcall call gate cs=0008', 'ljmp to a not-present segment: #NP v=11 e=0048'],
    exitCode: 0,
    v86: {
      reason: 'a far jump past the CS limit does not raise #GP(0): the guest runs away',
      unsupported: true,
    },
  },
  { name: 'segmentation', mustContain: ['load not-present into SS: #SS v=12 e=0060'], exitCode: 0 },
  {
    name: 'segment-limits',
    mustContain: ['dword straddling the limit:'],
    // QEMU's TCG skips data-segment limit and type checks: it reports 9 failed expectations.
    exitCode: 9,
    noLockstep: 'QEMU does not make the checks this kernel is about',
    oracle: 'self',
    v86: {
      reason: 'checks only null-selector accesses, like QEMU none of the limits',
      unsupported: true,
    },
  },
  {
    name: 'paging',
    mustContain: ['write to read-only page (WP=1): #PF v=14 e=0003', 'stopped with ecx=24'],
    exitCode: 0,
  },
  {
    name: 'user-mode',
    mustContain: ['frame ends at esp0: 1', 'int $0x81 (DPL0 gate): #GP v=13 e=040a'],
    exitCode: 0,
  },
  {
    name: 'sysenter',
    mustContain: ['sysenter 2: cs=0008 ss=0010', 'user saw sum=306 cs=1b ss=23'],
    exitCode: 0,
  },
  {
    name: 'exceptions',
    mustContain: ['single steps: 10', 'int 0x41 (gate not present): #NP v=11 e=020a'],
    exitCode: 0,
    v86: {
      reason:
        'no #UD for lock on a non-lockable instruction, no #BR from bound, no TF single-step #DB',
      ignore:
        /^(lock nop|bound 21|FAIL #BR|single steps| {2}#DB after|FAIL #DB|#GP with its gate|FAIL #DF)/,
    },
  },
  {
    name: 'pit',
    mustContain: ['ticks counted: 20', 'one-shot interrupts: 1'],
    exitCode: 0,
    noLockstep: 'interrupt timing follows the host clock on QEMU',
  },
  {
    name: 'uart',
    input: uartInput,
    mustContain: ['echo: hello uart (10 bytes)'],
    exitCode: 0,
    noLockstep: 'interrupt timing follows the host clock on QEMU',
  },
  {
    name: 'rtc',
    mustContain: ['century valid BCD in range: 1'],
    exitCode: 0,
    noLockstep: 'registers hold clock values that differ between machines',
    v86: { reason: 'CMOS RAM bytes 0x40/0x41 do not keep written values', ignore: /^cmos ram/ },
  },
  {
    name: 'system',
    mustContain: ['read through an LDT selector: 0000ffff', 'written by rep outsb'],
    exitCode: 0,
    noLockstep:
      'CPUID and RDTSC fill registers with CPU-model and clock values that then flow through ' +
      'the kernel (the transcript compares only their relations)',
    v86: { reason: 'smsw reads CR0.ET as 0, and wbinvd/invd raise #UD', unsupported: true },
  },
  { name: 'fpu', mustContain: ['fldpi 400921fb54442d18  printed 3.141593'], exitCode: 0 },
  {
    name: 'c-printf',
    mustContain: ['multiboot magic ok', 'fib(40) = 102334155'],
    exitCode: 0,
    v86: {
      reason: 'its multiboot loader passes no memory sizes (flags bit 0 clear)',
      ignore: /^mem info/,
    },
  },
  {
    name: 'triple-fault',
    mustContain: ['about to triple fault'],
    exitCode: null,
    resets: true,
    v86: {
      reason: 'panics ("Unimplemented: #GP handler") instead of resetting',
      unsupported: true,
    },
  },
];

function readSources(dir: string, filter: (f: string) => boolean): GuestSource[] {
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/// The shared runtime's files (boot stub, C runtime, header) as build inputs.
export function runtimeSources(): GuestSource[] {
  return readSources(libDir, (f) => /\.(c|S|h)$/.test(f));
}

/// The linker script every test kernel uses (load and link at 1 MiB).
export function kernelLinkerScript(): string {
  return readFileSync(join(libDir, 'kernel.ld'), 'utf8');
}

/// Builds a kernel: its own `name.c`/`name.S` files plus the runtime, linked with libgcc.
export function buildKernel(name: string, extra: readonly GuestSource[] = []): Promise<GuestImage> {
  const own = readSources(kernelsDir, (f) => f.replace(/\.[^.]+$/, '') === name);
  if (own.length === 0)
    throw new Error(`${join(kernelsDir, name)}: no sources for kernel '${name}'`);
  return buildGuest({
    name,
    sources: [...runtimeSources(), ...own, ...extra],
    linkerScript: kernelLinkerScript(),
    libgcc: true,
  });
}
