// Emulator benchmark: guest MIPS on one CPU-bound, compiled-C-like multiboot guest, and boot to
// the first serial byte, on our PC (instrumentation off, and with a per-instruction hook), on v86
// (npm, in Node) and on QEMU TCG, in one run. The instruction count of the timed section comes
// from our machine (it is exact there); the guest runs the same instructions everywhere, since it
// takes no interrupts.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PC } from '../../emulator/index.ts';
import type { BenchRow, BenchTable } from './table.ts';
import { buildWorkload } from './emulator-workload.ts';

const ROUNDS = 700;

interface Timing {
  readonly bootToFirstByteMs: number;
  readonly workMs: number;
  readonly instructions: number;
  readonly output: string;
}

/// Runs the workload on our PC; `hooked` installs an (empty) per-instruction hook.
function runOurs(elf: Uint8Array, hooked: boolean): Timing {
  const t0 = performance.now();
  const pc = new PC({ memoryBytes: 64 << 20, clock: 'deterministic' });
  let first = 0,
    start = 0,
    end = 0,
    startCount = 0,
    endCount = 0,
    output = '';
  pc.on('io', (e) => {
    if (e.port !== 0x3f8 || !e.write) return;
    const now = performance.now();
    const c = String.fromCharCode(e.value & 0xff);
    if (!first) first = now;
    if (c === 'S') [start, startCount] = [now, pc.cpu.icount];
    if (c === 'E') [end, endCount] = [now, pc.cpu.icount];
    output += c;
  });
  pc.loadMultiboot(elf);
  if (hooked) {
    let n = 0;
    pc.setInstructionHook(() => void n++);
  }
  const r = pc.run(5e9);
  if (r.reason !== 'exit') throw new Error(`benchmark guest did not exit on our PC (${r.reason})`);
  return {
    bootToFirstByteMs: first - t0,
    workMs: end - start,
    instructions: endCount - startCount,
    output,
  };
}

/// Runs the workload under qemu-system-i386 (TCG) and times the serial markers.
function runQemu(kernel: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('qemu-system-i386', [
      '-kernel',
      kernel,
      '-m',
      '64',
      '-serial',
      'stdio',
      '-display',
      'none',
      '-monitor',
      'none',
      '-nodefaults',
      '-no-reboot',
      '-device',
      'isa-debug-exit,iobase=0xf4,iosize=0x04',
    ]);
    let first = 0,
      start = 0,
      end = 0,
      output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const now = performance.now();
      for (const b of chunk) {
        const c = String.fromCharCode(b);
        if (!first) first = now;
        if (c === 'S') start = now;
        if (c === 'E') end = now;
        output += c;
      }
    });
    child.on('error', reject);
    child.on('exit', () =>
      resolve({ bootToFirstByteMs: first - t0, workMs: end - start, instructions: 0, output }),
    );
  });
}

/// Runs the workload on v86 in a child process (see emulator-v86-child.mjs).
function runV86(kernel: string): Timing {
  const child = fileURLToPath(new URL('./emulator-v86-child.mjs', import.meta.url));
  const r = spawnSync('node', [child, kernel], { encoding: 'utf8', timeout: 180_000 });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`v86 run failed: ${r.stderr || r.stdout}`);
  return { ...(JSON.parse(line) as Omit<Timing, 'instructions'>), instructions: 0 };
}

const mips = (instructions: number, ms: number) => instructions / ms / 1000;

/// The benchmark table (tests/bench/run.ts prints it).
export async function bench(): Promise<BenchTable> {
  const elf = buildWorkload(ROUNDS);
  const dir = mkdtempSync(join(tmpdir(), 'emu-bench-'));
  const kernel = join(dir, 'bench.elf');
  writeFileSync(kernel, elf);
  try {
    runOurs(elf, false); // warm-up: let V8 optimize before timing
    const ours = runOurs(elf, false);
    const hooked = runOurs(elf, true);
    const qemu = await runQemu(kernel);
    const v86 = runV86(kernel);
    const n = ours.instructions;
    for (const [name, t] of [
      ['QEMU', qemu],
      ['v86', v86],
      ['ours+hook', hooked],
    ] as const)
      if (t.output !== ours.output)
        throw new Error(
          `${name} printed ${JSON.stringify(t.output)}, ours ${JSON.stringify(ours.output)}`,
        );
    const rows: BenchRow[] = [
      {
        metric: 'guest MIPS, compiled C, tracing off',
        unit: 'MIPS',
        ours: mips(n, ours.workMs),
        peers: { 'QEMU TCG': mips(n, qemu.workMs), 'v86 (JIT)': mips(n, v86.workMs) },
        higherIsBetter: true,
      },
      {
        metric: 'guest MIPS, per-instruction hook on',
        unit: 'MIPS',
        ours: mips(n, hooked.workMs),
        peers: { 'ours, hook off': mips(n, ours.workMs) },
        higherIsBetter: true,
      },
      {
        metric: 'boot to first serial byte',
        unit: 'ms',
        ours: ours.bootToFirstByteMs,
        peers: { 'QEMU TCG': qemu.bootToFirstByteMs, 'v86 (JIT)': v86.bootToFirstByteMs },
      },
    ];
    return {
      title: 'emulator: CPU-bound multiboot guest (gcc -m32 -O2)',
      rows,
      notes: [`${n} instructions in the timed section; QEMU and v86 rates use the same count`],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
