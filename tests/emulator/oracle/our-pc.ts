import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../support/guest-build.ts';
import type { SerialStep } from '../../support/qemu.ts';

/// The emulator module as the oracle tests use it: emulator/index.ts (docs/contracts.md
/// section 4), loaded at run time so a broken or missing emulator fails these tests with a clear
/// message instead of breaking the whole test file's import.
export type EmulatorModule = typeof import('../../../emulator/index.ts');

/// Loads emulator/index.ts (null when it does not exist).
export async function loadEmulator(): Promise<EmulatorModule | null> {
  if (!existsSync(indexPath)) return null;
  return (await import(/* @vite-ignore */ pathToFileURL(indexPath).href)) as EmulatorModule;
}

const indexPath = join(repoRoot, 'emulator/index.ts');

/// Why our emulator cannot be compared yet, or null when it can (its index exports PC).
export function emulatorMissing(mod: EmulatorModule | null): string | null {
  if (!mod) return 'emulator/index.ts does not exist yet';
  if (typeof mod.PC !== 'function') return 'emulator/index.ts does not export PC yet';
  return null;
}

/// What a run on our PC produced (same meaning as QemuResult's fields).
export interface OurResult {
  readonly serial: Uint8Array;
  readonly text: string;
  readonly exitCode: number | null;
  readonly reset: string | null;
  readonly instructions: number;
  /// True when the instruction budget ran out before the guest exited or reset.
  readonly timedOut: boolean;
}

/// Options of a run on our PC.
export interface OurRunOptions {
  readonly input?: readonly SerialStep[];
  readonly cmdline?: string;
  readonly memoryMiB?: number;
  /// Instruction budget for the whole run (default 400 million).
  readonly maxInstructions?: number;
}

/// Boots a kernel on our PC in deterministic mode, feeding scripted input as QEMU's runner does.
export function runOurs(
  mod: EmulatorModule,
  elf: Uint8Array,
  options: OurRunOptions = {},
): OurResult {
  const pc = new mod.PC({ memoryBytes: (options.memoryMiB ?? 32) << 20, clock: 'deterministic' });
  const bytes: number[] = [];
  let text = '';
  let exitCode: number | null = null;
  let reset: string | null = null;
  const steps = options.input ?? [];
  let stepIndex = 0;
  let searchFrom = 0;
  const feed = (): void => {
    while (stepIndex < steps.length) {
      const step = steps[stepIndex];
      if (step.waitFor !== undefined) {
        const at = text.indexOf(step.waitFor, searchFrom);
        if (at < 0) return;
        searchFrom = at + step.waitFor.length;
      }
      pc.serialInput(new Uint8Array(Buffer.from(step.send, 'latin1')));
      stepIndex++;
    }
  };
  pc.on('serial:out', (p) => {
    for (const b of p.bytes) {
      bytes.push(b);
      text += String.fromCharCode(b);
    }
    feed();
  });
  pc.on('machine:exit', (p) => (exitCode = p.code));
  pc.on('machine:reset', (p) => (reset = p.reason));
  pc.loadMultiboot(elf, { cmdline: options.cmdline ?? '' });
  feed();
  const budget = options.maxInstructions ?? 400_000_000;
  let executed = 0;
  let idleRounds = 0;
  while (executed < budget && exitCode === null && reset === null) {
    const r = pc.run(Math.min(5_000_000, budget - executed));
    executed += r.instructions;
    if (r.reason === 'exit' || r.reason === 'reset') break;
    // Idle with nothing left to feed and nothing executed: the guest waits forever.
    idleRounds = r.reason === 'idle' && r.instructions === 0 ? idleRounds + 1 : 0;
    if (idleRounds > 1000) break;
  }
  const serial = new Uint8Array(bytes);
  const timedOut = exitCode === null && reset === null;
  return { serial, text, exitCode, reset, instructions: executed, timedOut };
}
