// Emulator benchmark: guest MIPS on one CPU-bound, compiled-C-like multiboot guest, and boot to
// the first serial byte, on our PC (instrumentation off, and with a per-instruction hook), on v86
// (npm, in Node) and on QEMU TCG, in one run; and the lab kernel's boot to its shell prompt, ours
// vs QEMU. The instruction count of the timed section comes from our machine (it is exact there);
// the guest runs the same instructions everywhere, since it takes no interrupts. Our figures come
// from the emulator bundled as the app ships it (emulator-bundle.ts); one row shows the same run
// from source under tsx.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchTable } from './table.ts';
import { buildLabKernel, qemuBootToPrompt } from './emulator-boot.ts';
import { bundleOurs } from './emulator-bundle.ts';
import { runWorkload, type BootTiming, type Timing } from './emulator-ours.ts';
import { buildWorkload } from './emulator-workload.ts';

const ROUNDS = 700;

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
    child.on('close', () =>
      resolve({
        bootToFirstByteMs: first - t0,
        workMs: end - start,
        workCpuMs: 0,
        instructions: 0,
        output,
      }),
    );
  });
}

/// Runs the workload on v86 in a child process (see emulator-v86-child.mjs).
function runV86(kernel: string): Timing {
  const child = fileURLToPath(new URL('./emulator-v86-child.mjs', import.meta.url));
  const r = spawnSync('node', [child, kernel], { encoding: 'utf8', timeout: 180_000 });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`v86 run failed: ${r.stderr || r.stdout}`);
  return {
    ...(JSON.parse(line) as Omit<Timing, 'instructions' | 'workCpuMs'>),
    workCpuMs: 0,
    instructions: 0,
  };
}

const mips = (instructions: number, ms: number) => instructions / ms / 1000;

/// The benchmark table (tests/bench/run.ts prints it).
export async function bench(): Promise<BenchTable> {
  const elf = buildWorkload(ROUNDS);
  const dir = mkdtempSync(join(tmpdir(), 'emu-bench-'));
  const kernel = join(dir, 'bench.elf');
  writeFileSync(kernel, elf);
  const bundle = bundleOurs();
  try {
    const lab = buildLabKernel(join(dir, 'kernel'));
    const ours = bundle.run<Timing>(['workload', kernel, '0']);
    const hooked = bundle.run<Timing>(['workload', kernel, '1']);
    runWorkload(elf, false); // warm-up: let V8 optimize before timing
    const source = runWorkload(elf, false);
    const boot = bundle.run<BootTiming>(['boot', lab.vmlinux, lab.initrd]);
    const qemuBoot = await qemuBootToPrompt(lab);
    const qemu = await runQemu(kernel);
    const v86 = runV86(kernel);
    const n = ours.instructions;
    for (const [name, t] of [
      ['QEMU', qemu],
      ['v86', v86],
      ['ours+hook', hooked],
      ['ours from source', source],
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
        metric: 'guest MIPS per host CPU second',
        unit: 'MIPS',
        ours: mips(n, ours.workCpuMs),
        peers: { 'ours+hook': mips(n, hooked.workCpuMs), 'from source': mips(n, source.workCpuMs) },
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
        metric: 'guest MIPS, from source under tsx',
        unit: 'MIPS',
        ours: mips(n, source.workMs),
        peers: { 'ours, bundled': mips(n, ours.workMs) },
        higherIsBetter: true,
      },
      {
        metric: 'boot to first serial byte',
        unit: 'ms',
        ours: ours.bootToFirstByteMs,
        peers: { 'QEMU TCG': qemu.bootToFirstByteMs, 'v86 (JIT)': v86.bootToFirstByteMs },
      },
      {
        metric: 'lab kernel: boot to shell prompt',
        unit: 'ms',
        ours: boot.promptMs,
        peers: { 'QEMU TCG': qemuBoot },
      },
    ];
    return {
      title: 'emulator: CPU-bound multiboot guest (gcc -m32 -O2)',
      rows,
      notes: [
        `${n} instructions in the timed section; QEMU and v86 rates use the same count`,
        `ours: the emulator bundled as the app's machine worker is, in a child process`,
        `lab kernel: ${boot.instructions} guest instructions to the prompt (real-time clock)`,
      ],
    };
  } finally {
    bundle.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
