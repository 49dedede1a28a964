// Runs a static user program on our emulator under the tiny multiboot host in
// tests/userland/emulator-host (it loads the program and serves write/brk/exit/ioctl), so a test
// or bench sees what the program prints and how many instructions it executed.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PC } from '../../../emulator/index.ts';

/// The host's and the bench programs' sources.
export const HOST_DIR = fileURLToPath(new URL('../emulator-host', import.meta.url));

/// Builds the host "kernel" (a multiboot ELF) with gcc into dir; returns its path.
export function buildEmulatorHost(dir: string): string {
  const out = path.join(dir, 'host.elf');
  const flags = ['-m32', '-ffreestanding', '-fno-pic', '-no-pie', '-fno-stack-protector'];
  flags.push('-fno-builtin', '-O2', '-nostdlib', '-static', '-Wl,--build-id=none');
  flags.push('-Wl,-z,noexecstack', '-Wl,--no-warn-rwx-segments');
  const srcs = ['host.S', 'host.c'].map((f) => path.join(HOST_DIR, f));
  execFileSync('gcc', [...flags, '-Wl,-T', path.join(HOST_DIR, 'host.lds'), '-o', out, ...srcs]);
  return out;
}

/// What a program did on the emulator.
export interface EmulatedRun {
  readonly instructions: number;
  readonly output: string;
}

/// Runs `prog` (with argv[0] "prog") to its exit; throws if it faults or exits non-zero.
export function runOnEmulator(host: string, prog: string): EmulatedRun {
  const pc = new PC({ memoryBytes: 192 << 20, clock: 'deterministic' });
  let output = '';
  pc.on('serial:out', ({ bytes }) => (output += Buffer.from(bytes).toString('latin1')));
  pc.loadMultiboot(readFileSync(host), {
    modules: [{ data: readFileSync(prog), string: 'prog' }],
  });
  let instructions = 0;
  for (;;) {
    const r = pc.run(10_000_000);
    instructions += r.instructions;
    if (r.reason === 'exit' && r.exitCode === 0) return { instructions, output };
    if (r.reason !== 'budget') {
      const code = r.exitCode === undefined ? '' : ` code 0x${r.exitCode.toString(16)}`;
      throw new Error(`${prog}: stopped (${r.reason}${code}) after printing:\n${output}`);
    }
  }
}
