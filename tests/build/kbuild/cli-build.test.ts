// `syscall-lab build` argument handling and default output placement.
import { resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOut, main, outProblem, parseBuildArgs } from '../../../build/cli/build.ts';
import { copyFixture, editFile, removeCopies } from './support/fixture.ts';

describe('syscall-lab build arguments', () => {
  it('parses every option, attached -jN included', () => {
    expect(parseBuildArgs(['--tree', '/w/t', '--out', '/w/o', '--cc', 'gcc', '-j', '3'])).toEqual({
      tree: '/w/t',
      out: '/w/o',
      cc: 'gcc',
      jobs: 3,
    });
    expect(parseBuildArgs(['--tree', '/w/t', '-j4'])).toMatchObject({
      cc: 'builtin',
      jobs: 4,
      out: '/w/t.build',
    });
  });

  it('rejects bad usage with a message', () => {
    expect(parseBuildArgs(['--cc', 'clang'])).toBe("--cc takes 'builtin' or 'gcc', not 'clang'");
    expect(parseBuildArgs(['-j', '0'])).toBe("-j takes a positive whole number, not '0'");
    expect(parseBuildArgs(['--tree'])).toBe('--tree needs a value');
    expect(parseBuildArgs(['--fast'])).toBe("unknown option '--fast'");
  });

  it('never puts outputs inside the pristine kernel/ tree', () => {
    const pristine = resolve('kernel');
    expect(defaultOut(pristine).startsWith(`${pristine}/`)).toBe(false);
    expect(defaultOut(pristine)).toBe(resolve('out/kernel.build'));
    expect(outProblem('/w/t', resolve('kernel/build'))).toMatch(/inside the pristine kernel tree/);
    expect(outProblem('/w/t', '/w/t')).toBe('--out must not be the tree itself');
    expect(outProblem('/w/t', '/w/t.build')).toBeNull();
  });

  it('exits 2 on bad usage and on a missing tree', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['--cc', 'x'])).toBe(2);
    expect(await main(['--tree', '/nonexistent/tree'])).toBe(2);
    expect(err.mock.calls.flat().join('\n')).toMatch(/no such directory/);
    err.mockRestore();
  });
});

describe('syscall-lab build on a tree', () => {
  it('exits 0 with the outputs, then 1 with a located diagnostic after a bad edit', async () => {
    const { tree, out } = copyFixture('mini');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['--tree', tree, '--out', out, '-j', '1'])).toBe(0);
    for (const f of ['vmlinux', 'System.map', 'usr/initramfs.cpio'])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(log.mock.calls.flat()).toContain('  LD      vmlinux');
    editFile(tree, 'init/main.c', (t) => t.replace('helper(2)', 'helper(2'));
    expect(await main(['--tree', tree, '--out', out, '-j', '1'])).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toMatch(/^init\/main\.c:7: error: /m);
    log.mockRestore();
    err.mockRestore();
  });
});

afterAll(removeCopies);
