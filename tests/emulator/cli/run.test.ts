import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveTool, oracleAvailable } from '../../support/oracle.ts';
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

/// `syscall-lab run args` on a pseudo-terminal (script(1), its output also in `log`): once the run
/// has said it put the terminal in raw mode, types `keys`; once the guest has echoed them, Ctrl-A
/// x. The shell around the run prints TTY-RESTORED when the terminal settings after it equal
/// those before.
function runOnTerminal(args: string[], keys: string, log: string) {
  const inner = `a=$(stty -g); node ${bin} run ${args.join(' ')}; s=$?; [ "$a" = "$(stty -g)" ] && echo TTY-RESTORED; exit $s`;
  const wait = (text: string) =>
    `i=0; until grep -q '${text}' ${log} 2>/dev/null || [ $i -gt 300 ]; do sleep 0.1; i=$((i+1)); done`;
  const typist = `${wait('raw mode')}; printf '${keys}'; ${wait(keys)}; printf '\\001x'`;
  const cmd = `(${typist}) | script -qfec '${inner}' ${log}`;
  return spawnSync('sh', ['-c', cmd], { encoding: 'latin1', timeout: 90_000 });
}

describe.skipIf(!ok)('syscall-lab run', () => {
  const kernel = join(dir, 'echo.elf');
  writeFileSync(kernel, buildGuest(ECHO));

  it('connects COM1 to stdin/stdout and exits with the guest byte', () => {
    const r = run(['--kernel', kernel, '--input', '-', '--timeout', '30'], 'hello, world!');
    expect(r.stdout).toBe('hello, world');
    expect(r.status).toBe(13);
  });

  it('reads COM1 from stdin by default, with no --input', () => {
    const r = run(['--kernel', kernel, '--timeout', '30'], 'abc!');
    expect(r.stdout).toBe('abc');
    expect(r.status).toBe(4);
  });

  it('keeps running on a closed or empty stdin until --timeout (status 124)', () => {
    const ignored = spawnSync('node', [bin, 'run', '--kernel', kernel, '--timeout', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(ignored.status).toBe(124);
    expect(run(['--kernel', kernel, '--timeout', '1'], '').status).toBe(124);
  });

  it.skipIf(!haveTool('script'))(
    'puts a terminal stdin in raw mode (the guest echoes, not the tty), quits on Ctrl-A x and restores it',
    () => {
      const r = runOnTerminal(['--kernel', kernel, '--timeout', '30'], 'zq', join(dir, 'tty.log'));
      expect(r.stdout).toContain('Ctrl-A x quits');
      expect(r.stdout).toContain('quit (Ctrl-A x)');
      expect(r.stdout).toContain('TTY-RESTORED');
      // 'zq' once: the guest's echo; a cooked terminal would have echoed it too
      expect(r.stdout.split('zq').length - 1).toBe(1);
      expect(r.status).toBe(0);
    },
  );

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
