import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAs } from '../../../build/cli/as.ts';
import { runCc } from '../../../build/cli/cc.ts';
import { oracleAvailable } from '../../support/oracle.ts';

/// Runs a driver in `cwd`, capturing what it writes to stderr and stdout.
async function capture(fn: () => Promise<number>) {
  let stderr = '';
  let stdout = '';
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((s) => ((stderr += String(s)), true));
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((s) => ((stdout += String(s)), true));
  try {
    return { status: await fn(), stderr, stdout };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

function workdir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-'));
  for (const [name, text] of Object.entries(files)) {
    execFileSync('mkdir', ['-p', path.dirname(path.join(dir, name))]);
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('syscall-lab cc', () => {
  it('-c writes the object and a -MD file with paths relative to the working directory', async () => {
    const dir = workdir({
      'MyPrintK/MyPrintK.c': '#include <linux/kernel.h>\nlong sys_MyPrintK(void) { return KV; }\n',
      'include/linux/kernel.h': '#define KV 338\n',
    });
    const r = await capture(() =>
      runCc(
        [
          '-m32',
          '-O2',
          '-nostdinc',
          '-Iinclude',
          '-c',
          '-MD',
          '-o',
          'MyPrintK/MyPrintK.o',
          'MyPrintK/MyPrintK.c',
        ],
        dir,
      ),
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'MyPrintK/MyPrintK.o')).subarray(0, 4)).toEqual(
      Buffer.from([0x7f, 0x45, 0x4c, 0x46]),
    );
    const deps = readFileSync(path.join(dir, 'MyPrintK/MyPrintK.d'), 'utf8');
    expect(deps).toContain('MyPrintK/MyPrintK.o:');
    expect(deps).toContain('include/linux/kernel.h');
    expect(deps).not.toContain(dir);
  });

  it('compiles several sources with -c into objects named after them', async () => {
    const dir = workdir({ 'a.c': 'int a;\n', 'b.c': 'int b;\n' });
    const r = await capture(() => runCc(['-nostdinc', '-c', 'a.c', 'b.c'], dir));
    expect(r.status).toBe(0);
    expect(existsSync(path.join(dir, 'a.o')) && existsSync(path.join(dir, 'b.o'))).toBe(true);
  });

  it('reports errors gcc-style with the source line, a caret and the classic-mistake hint', async () => {
    const dir = workdir({
      'MyPrintK.c': 'long sys_MyPrintK(const char *s)\n{\n\tprintk("%s\\n", s);\n\treturn 0\n}\n',
    });
    const r = await capture(() => runCc(['-nostdinc', '-c', 'MyPrintK.c'], dir));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "MyPrintK.c:3:2: warning: implicit declaration of function 'printk'",
    );
    expect(r.stderr).toContain('hint: printk() is declared in <linux/kernel.h>');
    expect(r.stderr).toContain('MyPrintK.c:5:1: error: \';\' expected (got "}")');
    expect(existsSync(path.join(dir, 'MyPrintK.o'))).toBe(false);
  });

  it('-E preprocesses to stdout', async () => {
    const dir = workdir({ 'n.c': '#define NR 338\nint n = NR;\n' });
    const r = await capture(() => runCc(['-nostdinc', '-E', 'n.c'], dir));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('int n = 338;');
    expect(r.stdout).not.toContain(dir);
  });

  it('accepts GCC code-generation flags quietly but notes ones that may change the ABI', async () => {
    const dir = workdir({ 'a.c': 'int a;\n' });
    const quiet = await capture(() =>
      runCc(
        [
          '-O2',
          '-m32',
          '-march=i686',
          '-fno-builtin',
          '-mno-sse',
          '-Wa,--noexecstack',
          '-nostdinc',
          '-c',
          'a.c',
        ],
        dir,
      ),
    );
    expect(quiet).toMatchObject({ status: 0, stderr: '' });
    const noted = await capture(() => runCc(['-mregparm=3', '-nostdinc', '-c', 'a.c'], dir));
    expect(noted.stderr).toBe('cc: note: ignored with tcc: -mregparm=3\n');
  });

  it('explains why -S and bad options cannot work', async () => {
    const dir = workdir({ 'a.c': 'int a;\n' });
    expect((await capture(() => runCc(['-S', 'a.c'], dir))).stderr).toContain(
      "'-S' is not available",
    );
    expect((await capture(() => runCc(['-m64', 'a.c'], dir))).stderr).toContain(
      "cc: error: '-m64' is not supported",
    );
    expect((await capture(() => runCc(['-c', 'missing.c'], dir))).status).toBe(1);
  });

  it('says how to build the userland when linking without crt0.o/libc.a', async () => {
    const dir = workdir({ 'p.c': 'int main(void) { return 0; }\n' });
    const r = await capture(() => runCc(['--sysroot=' + dir, 'p.c', '-o', 'p'], dir));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/usr\/lib\/crt0\.o: not found: build the userland first/);
  });
});

describe('syscall-lab as', () => {
  it('assembles .S with -I through the preprocessor, to a.out by default', async () => {
    const dir = workdir({
      'entry.S':
        '#include <asm/nr.h>\n.globl go\ngo:\n\tmovl $NR_MyPrintK, %eax\n\tint $0x80\n\tret\n',
      'inc/asm/nr.h': '#define NR_MyPrintK 338\n',
    });
    const r = await capture(() => runAs(['--32', '-I', 'inc', 'entry.S'], dir));
    expect(r.status, r.stderr).toBe(0);
    const obj = readFileSync(path.join(dir, 'a.out'));
    expect(
      obj.indexOf(Buffer.from([0xb8, 0x52, 0x01, 0x00, 0x00, 0xcd, 0x80, 0xc3])),
    ).toBeGreaterThan(0);
  });

  it("points at the lecture's `.long sys MyPrintK` typo", async () => {
    const dir = workdir({
      'syscall_table_32.S': '.data\n\t.long sys_recvmmsg\n\t.long sys MyPrintK\n',
    });
    const r = await capture(() => runAs(['-o', 't.o', 'syscall_table_32.S'], dir));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('syscall_table_32.S:3:12: error: end of line expected');
    expect(r.stderr).toContain('write `.long sys_MyPrintK`');
  });

  it('rejects several inputs and unknown options', async () => {
    const dir = workdir({});
    expect((await capture(() => runAs(['a.s', 'b.s'], dir))).stderr).toContain(
      'only one input file',
    );
    expect((await capture(() => runAs(['--frob', 'a.s'], dir))).stderr).toContain(
      "unrecognized option '--frob'",
    );
  });
});

const kernelTree = fileURLToPath(new URL('../../../kernel', import.meta.url));
const canBuildLibc =
  existsSync(path.join(kernelTree, 'usr/Makefile')) && oracleAvailable('make', 'gcc');

describe.skipIf(!canBuildLibc)('syscall-lab cc links against the tree libc with our linker', () => {
  it('builds a static i386 program that runs natively', async () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'tree-'));
    cpSync(kernelTree, tree, { recursive: true });
    execFileSync('make', ['-s', '-C', tree, '-f', 'usr/Makefile', 'usr-libc', 'CC=gcc'], {
      stdio: 'pipe',
    });
    const dir = workdir({
      'hello.c':
        '#include <stdio.h>\nint main(int argc, char **argv) { long long big = 1234567890123LL; printf("hi %s %d %lld\\n", argv[0], argc, big / 7); return 3; }\n',
    });
    const r = await capture(() =>
      runCc([`--sysroot=${tree}`, '-O2', '-o', 'hello', 'hello.c'], dir),
    );
    expect(r.status, r.stderr).toBe(0);
    let out: string;
    let status = 0;
    try {
      out = execFileSync(path.join(dir, 'hello'), [], { encoding: 'utf8' });
    } catch (err) {
      out = (err as { stdout: string }).stdout;
      status = (err as { status: number }).status;
    }
    expect({ out, status }).toEqual({
      out: `hi ${path.join(dir, 'hello')} 1 176366841446\n`,
      status: 3,
    });
  });
});
