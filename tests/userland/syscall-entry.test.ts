// crt0 takes the kernel's vsyscall entry from AT_SYSINFO; int $0x80 remains the fallback. The
// host kernel offers a vsyscall page to i386 processes, so both paths run natively here.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { buildOurs, buildUserTree, run } from './support/tree.ts';

const ok = oracleAvailable('gcc', 'make');

describe.skipIf(!ok)('system call entry', () => {
  it('uses __kernel_vsyscall from the aux vector, and int $0x80 still works', () => {
    const tree = buildUserTree();
    const src = fileURLToPath(new URL('./native/entry.c', import.meta.url));
    const r = run(buildOurs(tree, [path.resolve(src)], 'entry'));
    expect(r.stdout).toBe('vsyscall in vdso: 1\nint80: getpid 1\n');
    expect(r.code).toBe(0);
  });
});
