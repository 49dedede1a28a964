// Every C and assembly file of the kernel compiles with the app's compiler, tcc.wasm (TinyCC
// 0.9.27 for i386), with no warning: the kernel must stay in the subset GCC and tcc share.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostMount, loadTccHost, tccCacheDir } from '../../build/tcc/node-loader.ts';
import type { TccHost } from '../../build/tcc/host.ts';
import { kernelTree } from '../support/kernel-build.ts';

const haveTcc = existsSync(join(tccCacheDir(), 'tcc.wasm'));
if (!haveTcc && process.env.CI === 'true') throw new Error('tcc.wasm missing in CI: npm install');
if (!haveTcc) console.warn('skipping: build/tcc/cache/tcc.wasm not built (npm install)');

/// The kernel's sources: everything under kernel/ but the userland, the build scripts, and the
/// syscall table (not a unit of its own: entry_32.S includes it).
function kernelSources(dir = kernelTree): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(kernelTree, path);
    if (rel === 'usr' || rel === 'scripts' || name === 'syscall_table_32.S') continue;
    if (statSync(path).isDirectory()) out.push(...kernelSources(path));
    else if (/\.(c|S)$/.test(name)) out.push(rel);
  }
  return out.sort();
}

describe.skipIf(!haveTcc)('the kernel under tcc.wasm', () => {
  let tcc: TccHost;

  beforeAll(async () => {
    tcc = await loadTccHost();
  });

  it('compiles every kernel source without an error or a warning', () => {
    const sources = kernelSources();
    expect(sources.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const file of sources) {
      const r = tcc.runSync({
        args: [
          '-nostdinc',
          '-I/tree/arch/x86/include',
          '-I/tree/include',
          '-D__KERNEL__',
          ...(file.endsWith('.S') ? ['-D__ASSEMBLY__'] : []),
          '-c',
          `/tree/${file}`,
          '-o',
          '/out/x.o',
        ],
        mounts: [hostMount(kernelTree, '/tree')],
      });
      if (r.exitCode !== 0 || r.stderr.trim()) problems.push(`${file}: ${r.stderr.trim()}`);
    }
    expect(problems).toEqual([]);
  });
});
