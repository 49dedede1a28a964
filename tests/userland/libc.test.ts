// The libc suite (tests/userland/c/*.c) built against our libc and against glibc, run natively
// as i386 programs: the same cases must print the same results.

import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { buildGlibc, buildOurs, buildUserTree, run, type UserTree } from './support/tree.ts';
import { diffCases, parseCases } from './support/compare.ts';

const SUITE = fileURLToPath(new URL('./c', import.meta.url));
const suites = readdirSync(SUITE)
  .filter((f) => f.endsWith('.c'))
  .map((f) => f.slice(0, -2));
const ok = oracleAvailable('gcc', 'make');

describe.skipIf(!ok)('libc vs glibc, natively as i386', () => {
  let tree: UserTree;
  let total = 0;

  beforeAll(() => {
    tree = buildUserTree();
  });

  /// Builds one suite both ways and runs each in its own scratch folder.
  function runBoth(name: string): {
    ours: string;
    oracle: string;
    codes: [number | null, number | null];
  } {
    const src = path.join(SUITE, `${name}.c`);
    const env = { PATH: '/bin:/usr/bin', HOME: '/root', SUITE_VAR: 'present' };
    const outs = (['ours', 'glibc'] as const).map((kind) => {
      const bin =
        kind === 'ours'
          ? buildOurs(tree, [src], `${name}-ours`)
          : buildGlibc(tree, [src], `${name}-glibc`);
      const dir = path.join(tree.scratch, `${name}-${kind}.d`);
      mkdirSync(dir);
      return run(bin, [dir], { env });
    });
    return { ours: outs[0].stdout, oracle: outs[1].stdout, codes: [outs[0].code, outs[1].code] };
  }

  for (const name of suites) {
    it(`${name}: same results as glibc`, () => {
      const { ours, oracle, codes } = runBoth(name);
      const cases = parseCases(oracle).length;
      expect(cases).toBeGreaterThan(4);
      expect(diffCases(ours, oracle)).toEqual([]);
      expect(codes[0]).toBe(codes[1]);
      total += cases;
    });
  }

  it('covers at least 150 cases', () => {
    expect(total).toBeGreaterThanOrEqual(150);
  });
});
