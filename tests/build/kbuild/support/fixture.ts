// Copies a fixture tree to a fresh temporary directory (tests edit their copy, never the
// fixture) and builds runners over it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KbuildRunner } from '../../../../build/kbuild/runner.ts';
import type { BuildEventMap } from '../../../../build/kbuild/events.ts';
import { nodeBuildFs } from '../../../../build/kbuild/node-build-fs.ts';
import type { Toolchain } from '../../../../build/kbuild/tools.ts';
import type { CompilerFamily } from '../../../../build/kbuild/flags.ts';

const copies: string[] = [];

/// A fresh temporary directory, removed by `removeCopies()`.
export function tempBase(prefix: string): string {
  const base = mkdtempSync(join(tmpdir(), prefix));
  copies.push(base);
  return base;
}

/// Removes every temporary directory the tests of this file made (call from `afterAll`).
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/// Copies fixture `name` into a temp dir; returns the tree root and a sibling output dir.
export function copyFixture(name: string): { tree: string; out: string } {
  const base = tempBase(`kbuild-${name}-`);
  const src = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  cpSync(src, join(base, 'tree'), { recursive: true });
  return { tree: join(base, 'tree'), out: join(base, 'out') };
}

/// Rewrites a file of the tree with `edit` applied to its text.
export function editFile(tree: string, rel: string, edit: (text: string) => string): void {
  const p = join(tree, rel);
  writeFileSync(p, edit(readFileSync(p, 'utf8')));
}

/// A runner plus the log it produced, for asserting what was rebuilt.
export interface Recorded {
  readonly runner: KbuildRunner;
  readonly lines: string[];
  readonly events: { -readonly [K in keyof BuildEventMap]?: BuildEventMap[K][] };
}

/// Makes a runner that records every event.
export function recordingRunner(
  tree: string,
  out: string,
  toolchain: Toolchain,
  family: CompilerFamily,
): Recorded {
  const runner = new KbuildRunner({
    fs: nodeBuildFs(),
    tree,
    out,
    toolchain,
    family,
    makeVariables: { CC: family },
  });
  const lines: string[] = [];
  const events: Recorded['events'] = {};
  const names: (keyof BuildEventMap)[] = ['log', 'progress', 'diagnostic', 'target', 'finish'];
  for (const n of names) {
    runner.on(n, (p) => {
      ((events[n] ??= []) as unknown[]).push(p);
      if (n === 'log') lines.push((p as BuildEventMap['log']).line);
    });
  }
  return { runner, lines, events };
}
