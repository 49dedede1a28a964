import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest } from '../support/guest.ts';

const ok = oracleAvailable('gcc', 'ld');
const dir = mkdtempSync(join(tmpdir(), 'emu-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(import.meta.dirname, '../../../bin/syscall-lab.mjs');

// Echoes COM1 input (polling LSR) until it reads '!', then exits with the number of bytes read.
const ECHO = `
main:
  xor %ebx, %ebx
1:mov $0x3fd, %dx
  in %dx, %al
  test $1, %al
  jz 1b
  mov $0x3f8, %dx
  in %dx, %al
  inc %ebx
  cmp $'!', %al
  je 2f
  call putc
  jmp 1b
2:mov %bl, %al
  jmp exit
`;

function run(args: string[], input?: string) {
  return spawnSync('node', [bin, 'run', ...args], { input, encoding: 'utf8', timeout: 60_000 });
}

describe.skipIf(!ok)('syscall-lab run', () => {
  const kernel = join(dir, 'echo.elf');
  writeFileSync(kernel, buildGuest(ECHO));

  it('connects COM1 to stdin/stdout and exits with the guest byte', () => {
    const r = run(['--kernel', kernel, '--input', '-', '--timeout', '30'], 'hello, world!');
    expect(r.stdout).toBe('hello, world');
    expect(r.status).toBe(13);
  });

  it('feeds --input FILE without losing bytes to the 16-byte FIFO', () => {
    const text = 'x'.repeat(200) + '!';
    writeFileSync(join(dir, 'in.txt'), text);
    const r = run(['--kernel', kernel, '--input', join(dir, 'in.txt'), '--deterministic']);
    expect(r.stdout).toBe('x'.repeat(200));
    expect(r.status).toBe(201 & 0xff);
  });

  it('stops a guest that never exits with --timeout (status 124)', () => {
    const r = run(['--kernel', kernel, '--timeout', '1']);
    expect(r.status).toBe(124);
    expect(r.stderr).toMatch(/timed out after 1 s/);
  });

  it('rejects bad options and unreadable files with a clear message (status 2)', () => {
    expect(run([]).stderr).toMatch(/--kernel FILE is required/);
    const missing = run(['--kernel', join(dir, 'nope.elf')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read kernel .*nope\.elf.*ENOENT/);
    expect(run(['--kernel', kernel, '--mem', 'lots']).stderr).toMatch(/--mem must be/);
  });

  it('reports a file that is not a multiboot kernel', () => {
    writeFileSync(join(dir, 'junk.bin'), 'not a kernel');
    const r = run(['--kernel', join(dir, 'junk.bin')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no multiboot header/);
  });
});

describe.skipIf(!oracleAvailable('as', 'objdump'))('syscall-lab objdump', () => {
  it('prints what GNU objdump -d prints', () => {
    writeFileSync(join(dir, 'x.s'), 'add %eax,%ebx\n1: jne 1b\nret\n');
    execFileSync('as', ['--32', '-o', join(dir, 'x.o'), join(dir, 'x.s')]);
    const ours = spawnSync('node', [bin, 'objdump', '-d', join(dir, 'x.o')], { encoding: 'utf8' });
    expect(ours.stdout).toBe(
      execFileSync('objdump', ['-d', join(dir, 'x.o')], { encoding: 'utf8' }),
    );
  });
});
