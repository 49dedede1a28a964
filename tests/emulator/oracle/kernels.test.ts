import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { runQemu, type QemuResult } from '../../support/qemu.ts';
import type { GuestImage } from '../../support/guest-build.ts';
import { buildKernel, kernelCases, kernelCmdline, type KernelCase } from './kernels.ts';
import { emulatorMissing, loadEmulator, runOursIsolated } from './our-pc.ts';
import { firstDifference } from './transcript.ts';

const ok = oracleAvailable('qemu-system-i386', 'gcc', 'as', 'ld');
const emulator = ok ? await loadEmulator() : null;
const missing = emulatorMissing(emulator);
if (ok && missing) console.warn(`our-emulator comparisons wait: ${missing}`);

const images = new Map<string, GuestImage>();
const qemu = new Map<string, QemuResult>();

async function qemuRun(k: KernelCase): Promise<QemuResult> {
  const image = images.get(k.name)!;
  const r = await runQemu({
    kernel: image.elfPath,
    append: kernelCmdline,
    input: k.input,
    timeoutMs: 30_000,
  });
  qemu.set(k.name, r);
  return r;
}

describe.skipIf(!ok)('test kernels on QEMU (proves the kernels)', () => {
  beforeAll(async () => {
    const built = await Promise.all(kernelCases.map((k) => buildKernel(k.name)));
    for (const image of built) images.set(image.name, image);
  });

  it.each(kernelCases.map((k) => [k.name, k] as const))('%s', async (_name, k) => {
    const r = await qemuRun(k);
    expect(r.timedOut, `${k.name}: QEMU timed out; output:\n${r.text.slice(-2000)}`).toBe(false);
    expect(r.exitCode, `${k.name}: exit byte; output:\n${r.text.slice(-2000)}`).toBe(k.exitCode);
    for (const line of k.mustContain) expect(r.text).toContain(line);
  });

  // Runs as soon as emulator/index.ts exports PC; a divergence fails, it never skips.
  describe.skipIf(missing !== null)('our emulator against QEMU', () => {
    it.each(kernelCases.map((k) => [k.name, k] as const))('%s', async (_name, k) => {
      const image = images.get(k.name)!;
      const reference = qemu.get(k.name) ?? (await qemuRun(k));
      const ours = await runOursIsolated(image.elf, { input: k.input, cmdline: kernelCmdline });
      if (k.resets) {
        expect(ours.reset, `${k.name}: expected a machine reset`).not.toBeNull();
      } else {
        expect(ours.timedOut, `${k.name}: no exit after ${ours.instructions} instructions`).toBe(
          false,
        );
      }
      if (k.oracle === 'self') {
        expect(ours.exitCode, `${k.name}: the kernel's own checks failed:\n${ours.text}`).toBe(0);
        return;
      }
      const diff = firstDifference(reference.text, ours.text);
      expect(diff, `${k.name}: transcript differs from QEMU\n${diff}`).toBeNull();
      expect(ours.exitCode).toBe(reference.exitCode);
    });
  });
});
