// Runs our PC the way the app does: the app's machine worker is one bundled ES module
// (electron.vite.config.ts), while tests and the CLI run the sources through tsx, which loads
// them as CommonJS modules whose imports go through export getters. Measured per host CPU second
// the two run at about the same speed (the bench prints both); wall-clock rows on a loaded
// machine vary far more than that. The benchmark bundles emulator-ours-child.ts with esbuild
// (tsx's own transpiler, installed with it) and runs it in a child process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/// A bundled copy of the benchmark child; `run` executes it, `dispose` deletes it.
export interface BundledOurs {
  run<T>(args: readonly string[]): T;
  dispose(): void;
}

/// Bundles the child into a temporary directory.
export function bundleOurs(): BundledOurs {
  const dir = mkdtempSync(join(tmpdir(), 'emu-bundle-'));
  const out = join(dir, 'ours.mjs');
  const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
  const entry = join(root, 'tests', 'bench', 'emulator-ours-child.ts');
  const flags = ['--bundle', '--platform=node', '--format=esm', '--log-level=warning'];
  execFileSync(esbuild, [entry, ...flags, `--outfile=${out}`]);
  return {
    run<T>(args: readonly string[]): T {
      const stdout = execFileSync('node', [out, ...args], { encoding: 'utf8', timeout: 300_000 });
      return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as T;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
