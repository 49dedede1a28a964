import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../support/guest-build.ts';
import { serialFeeder, type SerialStep } from '../../support/serial-script.ts';
import { runInWorker } from './in-worker.ts';

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

type Pc = InstanceType<EmulatorModule['PC']>;

/// Runs until the guest exits or resets, the budget is spent, or it idles with nothing able to
/// wake it; returns the instructions executed.
export function runToEnd(pc: Pc, budget: number): number {
  let executed = 0;
  let idleRounds = 0;
  while (executed < budget) {
    const r = pc.run(Math.min(5_000_000, budget - executed));
    executed += r.instructions;
    if (r.reason === 'exit' || r.reason === 'reset') break;
    idleRounds = r.reason === 'idle' && r.instructions === 0 ? idleRounds + 1 : 0;
    if (idleRounds > 1000) break;
  }
  return executed;
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
  const feed = serialFeeder(options.input ?? [], (t) =>
    pc.serialInput(new Uint8Array(Buffer.from(t, 'latin1'))),
  );
  pc.on('serial:out', (p) => {
    let chunk = '';
    for (const b of p.bytes) {
      bytes.push(b);
      chunk += String.fromCharCode(b);
    }
    text += chunk;
    feed(chunk);
  });
  pc.on('machine:exit', (p) => (exitCode = p.code));
  pc.on('machine:reset', (p) => (reset = p.reason));
  pc.loadMultiboot(elf, { cmdline: options.cmdline ?? '' });
  feed('');
  const executed = runToEnd(pc, options.maxInstructions ?? 400_000_000);
  const serial = new Uint8Array(bytes);
  const timedOut = exitCode === null && reset === null;
  return { serial, text, exitCode, reset, instructions: executed, timedOut };
}

/// Worker side of runOursIsolated: loads the emulator itself (nothing but data crosses).
export async function runOursWorker(elf: Uint8Array, options: OurRunOptions): Promise<OurResult> {
  const mod = await loadEmulator();
  if (!mod) throw new Error(emulatorMissing(mod) ?? 'no emulator');
  return runOurs(mod, elf, options);
}

/// runOurs in a worker thread, ended after `timeoutMs` (default 60 s) if it never returns.
export function runOursIsolated(
  elf: Uint8Array,
  options: OurRunOptions = {},
  timeoutMs = 60_000,
): Promise<OurResult> {
  return runInWorker(new URL(import.meta.url), 'runOursWorker', [elf, options], timeoutMs);
}
