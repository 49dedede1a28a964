import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../../support/guest-build.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { runQemuTrace } from '../../support/qemu.ts';
import { buildKernel, kernelCases, kernelCmdline } from './kernels.ts';
import { compareExceptions, compareTraces, recordOursIsolated, type Ranges } from './lockstep.ts';
import {
  definedFunctions,
  functionRanges,
  objdumpInstructions,
  symbolValue,
} from './objdump-map.ts';
import { emulatorMissing, loadEmulator } from './our-pc.ts';
import { parseQemuTrace } from './qemu-log.ts';

// Lockstep: QEMU's per-instruction CPU log (-singlestep -d cpu,int) against our PC's
// per-instruction hook, state by state, from boot_synced on. The shared runtime's C code
// (printing, trap dispatch) is left out on both sides to keep the logs small; its effect still
// shows in the next compared state. Kernels marked noLockstep in kernels.ts say why not.
const ok = oracleAvailable('qemu-system-i386', 'gcc', 'as', 'ld', 'objdump', 'nm');
const emulator = ok ? await loadEmulator() : null;
const missing = emulatorMissing(emulator);
if (ok && missing) console.warn(`lockstep waits: ${missing}`);
/// ORACLE_LOCKSTEP_STATES=n compares further (slower; CI keeps the default).
const MAX_STATES = Number(process.env.ORACLE_LOCKSTEP_STATES ?? 25_000);
/// A logged state takes about 1 KB; QEMU is stopped once it has logged enough.
const MAX_LOG_BYTES = MAX_STATES * 1100;
const compared = kernelCases.filter((k) => !k.noLockstep);
const notCompared = kernelCases.filter((k) => k.noLockstep);

/// Where comparison starts: `lockstep_sync` when the kernel defines one (after it has read
/// loader-specific data such as the multiboot information address), else `boot_synced`.
function syncPoint(elfPath: string): number {
  try {
    return symbolValue(elfPath, 'lockstep_sync');
  } catch {
    return symbolValue(elfPath, 'boot_synced');
  }
}

/// The kernel's code minus the runtime's C functions and libgcc.
function logRanges(elfPath: string): Ranges {
  const excluded = definedFunctions(join(dirname(elfPath), 'runtime.c.o'));
  const skip = functionRanges(elfPath, excluded);
  const ranges: [number, number][] = [];
  let at = 0x100000;
  for (const [a, b] of skip) {
    if (a > at) ranges.push([at, a]);
    at = Math.max(at, b);
  }
  const end = symbolValue(elfPath, 'text_end');
  if (end > at) ranges.push([at, end]);
  return ranges;
}

describe.skipIf(!ok || missing !== null)('lockstep with QEMU, instruction by instruction', () => {
  it.each(compared.map((k) => k.name))('%s', async (name) => {
    const image = await buildKernel(name);
    const ranges = logRanges(image.elfPath);
    const dfilter = ranges
      .map(([a, b]) => `0x${a.toString(16)}+0x${(b - a).toString(16)}`)
      .join(',');
    const logFile = join(artifactsDir, `lockstep-${name}-${process.pid}.log`);
    try {
      const run = await runQemuTrace({
        kernel: image.elfPath,
        append: kernelCmdline,
        logFile,
        dfilter,
        timeoutMs: 90_000,
        maxLogBytes: MAX_LOG_BYTES,
      });
      expect(run.timedOut, `${name}: QEMU trace run timed out`).toBe(false);
      expect(run.stderr, `${name}: QEMU complained`).toBe('');
      const qemu = await parseQemuTrace(logFile, MAX_STATES);
      const disasm = objdumpInstructions(image.elfPath);
      const ours = await recordOursIsolated(image, ranges, qemu.states.length);
      const sync = syncPoint(image.elfPath);
      const { report, compared } = compareTraces(qemu, ours, disasm, sync);
      expect(report, `${name}: lockstep divergence\n${report}`).toBeNull();
      expect(compared, `${name}: compared states`).toBeGreaterThan(100);
      if (qemu.states.length < MAX_STATES) {
        const faults = compareExceptions(qemu.events, ours.exceptions);
        expect(faults, `${name}: ${faults}`).toBeNull();
      }
    } finally {
      rmSync(logFile, { force: true });
    }
  });

  it.skip.each(notCompared.map((k) => [k.name, k.noLockstep!] as const))(
    '%s: not compared (%s)',
    () => {},
  );
});
