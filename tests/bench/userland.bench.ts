// Instructions executed by libc-heavy user programs (sort, grep, printf loops) on our emulator,
// built by tcc.wasm (the app's compiler, through `syscall-lab cc` and our linker) next to gcc -O0
// and gcc -O2, each against the tree's libc built by the same compiler and flags. The programs
// run under a tiny multiboot host (tests/userland/emulator-host/host.S, host.c) that loads the
// program and serves write/brk/exit, since the count should be the program's, not a kernel's.
import path from 'node:path';
import { buildEmulatorHost, HOST_DIR, runOnEmulator } from '../userland/support/emulator-host.ts';
import { buildTccSysroot, cc } from '../userland/support/tcc-sysroot.ts';
import { buildOurs, buildUserTree, run } from '../userland/support/tree.ts';
import type { BenchTable } from './table.ts';

const PROGRAMS = ['sort', 'grep', 'printf'];
const O0 = ['-m32', '-ffreestanding', '-fno-pic', '-no-pie', '-fno-stack-protector', '-O0'];

/// Runs the measurement (see the module comment).
export async function bench(): Promise<BenchTable> {
  const o2 = buildUserTree();
  const o0 = buildUserTree(O0);
  const sysroot = await buildTccSysroot(o2, path.join(o2.scratch, 'tcc-root'));
  const host = buildEmulatorHost(o2.scratch);
  const rows = [];
  for (const name of PROGRAMS) {
    const src = path.join(HOST_DIR, `${name}.c`);
    const tcc = path.join(o2.scratch, `${name}-tcc`);
    await cc([src, '-o', tcc, `--sysroot=${sysroot}`], o2.scratch);
    const builds = {
      tcc,
      'gcc -O0': buildOurs(o0, [src], `${name}-O0`, ['-O0']),
      'gcc -O2': buildOurs(o2, [src], `${name}-O2`),
    };
    const native = run(builds['gcc -O2']).stdout;
    const counts: Record<string, number> = {};
    for (const [label, bin] of Object.entries(builds)) {
      const r = runOnEmulator(host, bin);
      if (r.output !== native)
        throw new Error(`${name} (${label}) printed ${r.output}, natively ${native}`);
      counts[label] = r.instructions / 1e6;
    }
    rows.push({
      metric: `${name}: executed instructions`,
      unit: 'M',
      ours: counts.tcc,
      peers: { 'gcc -O0': counts['gcc -O0'], 'gcc -O2': counts['gcc -O2'] },
    });
  }
  return {
    title: 'user programs on our emulator: tcc.wasm build vs gcc -O0 / -O2 (same libc source)',
    rows,
    notes: ['each count includes the host loading the program (a few thousand instructions)'],
  };
}
