import { describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { runQemu } from '../../support/qemu.ts';
import { kernelCmdline } from './kernels.ts';
import { emulatorMissing, loadEmulator, runOursIsolated } from './our-pc.ts';
import { generateCases } from './random-gen.ts';
import { buildRandomKernel, compareCase, parseDumps } from './random-kernel.ts';

// Randomized instruction tester: seeded cases (ALU, shifts, rotates, mul/div, bit, string,
// setcc/cmov, BCD, exchanges) run on QEMU and on our PC, compared with the undefined-flag masks.
// ORACLE_SEED=n picks another base seed (a failure report names the seed and the case).
const ok = oracleAvailable('qemu-system-i386', 'gcc', 'as', 'ld');
const emulator = ok ? await loadEmulator() : null;
const missing = emulatorMissing(emulator);
const baseSeed = Number(process.env.ORACLE_SEED ?? 20261125);
const KERNELS = 4;
const CASES_PER_KERNEL = 2500;

describe.skipIf(!ok)(`random instructions (base seed ${baseSeed})`, () => {
  it.each(Array.from({ length: KERNELS }, (_, i) => [baseSeed + i]))('seed %i', async (seed) => {
    const cases = generateCases(seed, CASES_PER_KERNEL);
    const image = await buildRandomKernel(`random-${seed}`, cases);
    const q = await runQemu({ kernel: image.elfPath, append: kernelCmdline, timeoutMs: 60_000 });
    expect(q.exitCode, `seed ${seed}: QEMU run failed:\n${q.text.slice(-1500)}`).toBe(0);
    const ref = parseDumps(q.text);
    expect(ref.size, `seed ${seed}: QEMU recorded every case`).toBe(cases.length);
    if (missing) {
      console.warn(`seed ${seed}: cases checked on QEMU only (${missing})`);
      return;
    }
    const ours = await runOursIsolated(image.elf, { cmdline: kernelCmdline });
    const dumps = parseDumps(ours.text);
    const failures = cases
      .map((c) => compareCase(seed, c, ref.get(c.index), dumps.get(c.index)))
      .filter((r): r is string => r !== null);
    const shown = failures.slice(0, 8).join('\n');
    const more = failures.length > 8 ? `\n... and ${failures.length - 8} more` : '';
    expect(
      failures.length,
      `${failures.length} of ${cases.length} cases differ:\n${shown}${more}`,
    ).toBe(0);
  });
});
