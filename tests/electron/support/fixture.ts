// Temporary copies of the fixture kernel tree for workspace tests.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/// The small kernel-shaped tree under tests/electron/fixtures.
export const FIXTURE_TREE = fileURLToPath(new URL('../fixtures/kernel-mini', import.meta.url));

/// A scratch folder holding `shipped/` (a copy of the fixture, free to modify) and `data/`.
export interface Scratch {
  readonly root: string;
  readonly shipped: string;
  readonly data: string;
  cleanup(): Promise<void>;
}

/// Creates a scratch folder; call `cleanup()` when done.
export async function makeScratch(): Promise<Scratch> {
  const root = await mkdtemp(join(tmpdir(), 'syscall-lab-test-'));
  const shipped = join(root, 'shipped');
  await cp(FIXTURE_TREE, shipped, { recursive: true });
  return {
    root,
    shipped,
    data: join(root, 'data'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/// Polls `check` until it returns true or `ms` passes (for events that arrive asynchronously).
export async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 20));
  }
}
