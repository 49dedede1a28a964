import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGuest, repoRoot, type GuestImage, type GuestSource } from '../../support/guest-build.ts';
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
  /// Uses timer or UART interrupts: instruction-level lockstep with QEMU is not meaningful.
  readonly asynchronous?: boolean;
  /// Areas v86 is known not to model the way QEMU and the manuals do (see README.md).
  readonly v86Limits?: string;
}

/// The kernels, one per area of the CPU and board.
export const kernelCases: readonly KernelCase[] = [
  { name: 'c-printf', mustContain: ['multiboot magic ok', 'fib(40) = 102334155'], exitCode: 0 },
];

function readSources(dir: string, filter: (f: string) => boolean): GuestSource[] {
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/// The shared runtime's files (boot stub, C runtime, header) as build inputs.
export function runtimeSources(): GuestSource[] {
  return readSources(libDir, (f) => /\.(c|S|h|inc)$/.test(f));
}

/// The linker script every test kernel uses (load and link at 1 MiB).
export function kernelLinkerScript(): string {
  return readFileSync(join(libDir, 'kernel.ld'), 'utf8');
}

/// Builds a kernel: its own `name.c`/`name.S` files plus the runtime, linked with libgcc.
export function buildKernel(name: string, extra: readonly GuestSource[] = []): Promise<GuestImage> {
  const own = readSources(kernelsDir, (f) => f.replace(/\.[^.]+$/, '') === name);
  if (own.length === 0) throw new Error(`${join(kernelsDir, name)}: no sources for kernel '${name}'`);
  return buildGuest({
    name,
    sources: [...runtimeSources(), ...own, ...extra],
    linkerScript: kernelLinkerScript(),
    libgcc: true,
  });
}
