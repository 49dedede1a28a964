// The lab's real artifacts for the journey tests: a copy of kernel/ with the lecture's steps and
// the lesson's user program applied (tests/kernel/lab-steps.ts), built by `syscall-lab build`
// (tcc.wasm -g, so vmlinux carries a stabs line table), plus the raw-int-$0x80 test driver and
// two helpers (errno, spin) built by gcc in a second newc archive appended to the initramfs.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tccCacheDir } from '../../../build/tcc/node-loader.ts';
import {
  copyKernelTree,
  repoRoot,
  scratch,
  testInitramfs,
  type Scratch,
} from '../../support/kernel-build.ts';
import { applyLab, applyUserLab, type LabStep } from '../../kernel/lab-steps.ts';

const run = promisify(execFile);

/// True when tcc.wasm has been built (npm install does it); CI must have it.
export const haveTcc = existsSync(join(tccCacheDir(), 'tcc.wasm'));

/// A built lab tree.
export interface LabArtifacts {
  readonly tmp: Scratch;
  readonly tree: string;
  readonly out: string;
  readonly vmlinux: Uint8Array;
  readonly systemMap: string;
  /// The pipeline's initramfs with /bin/{mykernelprint,errno,spin} appended.
  readonly initrd: Uint8Array;
}

/// Builds the lab (minus `skip`) with the app's pipeline; the caller disposes `tmp`.
export async function buildLabArtifacts(skip: readonly LabStep[] = []): Promise<LabArtifacts> {
  const tmp = scratch('trace-lab');
  const tree = copyKernelTree(join(tmp.dir, 'tree'));
  applyLab(tree, skip);
  applyUserLab(tree);
  const out = join(tmp.dir, 'out');
  const cli = join(repoRoot, 'bin/syscall-lab.mjs');
  await run('node', [cli, 'build', '--tree', tree, '--out', out], { maxBuffer: 32 << 20 });
  const systemMap = join(out, 'System.map');
  const build = { dir: tree, ok: true, log: '', vmlinux: join(out, 'vmlinux'), systemMap };
  const extra = testInitramfs(build, ['mykernelprint', 'errno', 'spin'], join(tmp.dir, 'extra'));
  const initrd = Buffer.concat([
    readFileSync(join(out, 'usr/initramfs.cpio')),
    readFileSync(extra),
  ]);
  writeFileSync(join(out, 'combined.cpio'), initrd);
  return {
    tmp,
    tree,
    out,
    vmlinux: new Uint8Array(readFileSync(build.vmlinux)),
    systemMap: readFileSync(systemMap, 'utf8'),
    initrd: new Uint8Array(initrd),
  };
}
