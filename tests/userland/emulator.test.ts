// Our libc's code on our emulator: the parts of the libc suite that need only write/brk/exit
// run under the tiny multiboot host (support/emulator-host.ts), built by gcc and by tcc.wasm, and
// must print what glibc's build prints natively. (The whole userland on the teaching kernel is
// the kernel's own test.)

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { diffCases } from './support/compare.ts';
import { buildEmulatorHost, runOnEmulator } from './support/emulator-host.ts';
import { buildTccSysroot, cc, tccWasmAvailable } from './support/tcc-sysroot.ts';
import { buildGlibc, buildOurs, buildUserTree, run, type UserTree } from './support/tree.ts';

const SUITE = fileURLToPath(new URL('./c', import.meta.url));
const PURE = ['printf', 'string', 'strtol', 'setjmp', 'arith'];
const ok = oracleAvailable('gcc', 'make', 'ar') && (await tccWasmAvailable());

describe.skipIf(!ok)('libc suite on our emulator', () => {
  let tree: UserTree;
  let host: string;
  let sysroot: string;

  beforeAll(async () => {
    tree = buildUserTree();
    host = buildEmulatorHost(tree.scratch);
    sysroot = await buildTccSysroot(tree, path.join(tree.scratch, 'tcc-root'));
  });

  for (const name of PURE) {
    it(`${name}: gcc and tcc builds print what glibc prints natively`, async () => {
      const src = path.join(SUITE, `${name}.c`);
      const oracle = run(buildGlibc(tree, [src], `${name}-glibc`)).stdout;
      const tcc = path.join(tree.scratch, `${name}-tcc`);
      await cc([src, '-o', tcc, `--sysroot=${sysroot}`], tree.scratch);
      for (const bin of [buildOurs(tree, [src], `${name}-gcc`), tcc]) {
        expect(diffCases(runOnEmulator(host, bin).output, oracle), bin).toEqual([]);
      }
    });
  }
});
