import { beforeAll, describe, expect, it } from 'vitest';
import type { GuestImage } from '../../support/guest-build.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { runQemu } from '../../support/qemu.ts';
import { buildKernel, kernelCases, kernelCmdline, type KernelCase } from './kernels.ts';
import { firstDifference } from './transcript.ts';
import { runV86 } from './v86-runner.ts';

// v86 (npm `v86`) is the second oracle: it boots the same kernels with no BIOS. Where it is
// known to differ from the manuals and QEMU, kernels.ts says so (README.md lists the limits).
const ok = oracleAvailable('qemu-system-i386', 'gcc', 'as', 'ld');
const images = new Map<string, GuestImage>();

function without(text: string, ignore: RegExp | undefined): string {
  if (!ignore) return text;
  // The exit line counts failed self-checks, so it goes too.
  return text
    .split('\n')
    .filter((l) => !ignore.test(l) && !l.startsWith('@@EXIT='))
    .join('\n');
}

const supported = kernelCases.filter((k) => !k.v86?.unsupported && k.oracle !== 'self');
const unsupported = kernelCases.filter((k) => k.v86?.unsupported);

describe.skipIf(!ok)('v86 against QEMU on the test kernels', () => {
  beforeAll(async () => {
    for (const image of await Promise.all(kernelCases.map((k) => buildKernel(k.name)))) {
      images.set(image.name, image);
    }
  });

  it.each(supported.map((k) => [k.name, k] as const))('%s', async (_name, k: KernelCase) => {
    const image = images.get(k.name)!;
    const options = { input: k.input, cmdline: kernelCmdline };
    const [q, v] = await Promise.all([
      runQemu({ kernel: image.elfPath, append: kernelCmdline, input: k.input }),
      runV86(image.elfPath, options),
    ]);
    expect(v.timedOut, `${k.name}: v86 did not finish; output:\n${v.text.slice(-1500)}`).toBe(
      false,
    );
    const diff = firstDifference(without(q.text, k.v86?.ignore), without(v.text, k.v86?.ignore), [
      'QEMU',
      'v86',
    ]);
    expect(diff, `${k.name}: v86 differs from QEMU\n${diff}`).toBeNull();
    if (!k.v86?.ignore) expect(v.exitCode).toBe(q.exitCode);
  });

  it.skip.each(unsupported.map((k) => [k.name, k.v86!.reason] as const))(
    '%s: not run on v86 (%s)',
    () => {},
  );
});
