import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, type GuestImage } from '../../support/guest-build.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildKernel, kernelCases } from './kernels.ts';
import { generateCases } from './random-gen.ts';
import { buildRandomKernel } from './random-kernel.ts';
import { firstDifference } from './transcript.ts';

// The emulator's disassembler (`syscall-lab objdump -d`, emulator/cli/objdump.ts, sharing the
// CPU's decoder) must print what GNU objdump prints for the test kernels' code. Runs as soon
// as that command exists.
const run = promisify(execFile);
const ok = oracleAvailable('objdump', 'gcc', 'as', 'ld');
const cli = join(repoRoot, 'emulator/cli/objdump.ts');
const missing = existsSync(cli) ? null : 'emulator/cli/objdump.ts does not exist yet';
if (ok && missing) console.warn(`disassembler comparison waits: ${missing}`);
const images = new Map<string, GuestImage>();
const ours = new Map<string, string>();

/// Splits a multi-file objdump listing at its "FILE:     file format" headers.
function byFile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/\n(?=\S+:\s+file format )/);
  for (const part of parts) {
    const m = /^\n?(\S+):\s+file format /.exec(part);
    if (m) out.set(m[1], part.trim());
  }
  return out;
}

describe.skipIf(!ok || missing !== null)('disassembler against objdump -d', () => {
  beforeAll(async () => {
    for (const image of await Promise.all(kernelCases.map((k) => buildKernel(k.name)))) {
      images.set(image.name, image);
    }
    // Generated instructions of every family the random tester covers.
    images.set('random', await buildRandomKernel('random-disasm', generateCases(7, 3000)));
    const files = [...images.values()].map((i) => i.elfPath);
    const bin = join(repoRoot, 'bin/syscall-lab.mjs');
    const r = await run('node', [bin, 'objdump', '-d', ...files], { maxBuffer: 256 << 20 });
    for (const [file, text] of byFile(r.stdout)) ours.set(file, text);
  });

  it.each([...kernelCases.map((k) => k.name), 'random'])('%s', async (name) => {
    const image = images.get(name)!;
    const gnu = (
      await run('objdump', ['-d', image.elfPath], { maxBuffer: 256 << 20 })
    ).stdout.trim();
    const mine = ours.get(image.elfPath);
    expect(mine, `${name}: no listing from syscall-lab objdump`).toBeDefined();
    const diff = firstDifference(gnu, mine!, ['objdump', 'ours'], 6);
    expect(diff, `${name}: disassembly differs\n${diff}`).toBeNull();
  });
});
