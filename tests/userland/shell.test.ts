// Scripted sessions of kernel/usr/bin/sh, run natively as an i386 program with our utilities
// first on PATH: every command below is a fork/exec of one of our binaries.

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { buildOurs, buildUserTree, run, type RunResult, type UserTree } from './support/tree.ts';

const ok = oracleAvailable('gcc', 'make');

describe.skipIf(!ok)('sh, natively as i386', () => {
  let tree: UserTree;
  let sh: (script: string, args?: string[]) => RunResult;
  let env: Record<string, string>;

  beforeAll(() => {
    tree = buildUserTree();
    const crash = path.join(tree.scratch, 'crash.c');
    writeFileSync(crash, 'int main(void) { *(volatile int *)0 = 1; return 0; }\n');
    buildOurs(tree, [crash], 'crash');
    env = { PATH: `${tree.root}/usr/bin:${tree.scratch}`, HOME: tree.scratch };
    sh = (script, args = []) =>
      run(path.join(tree.root, 'usr/bin/sh'), args, { input: script, env, cwd: tree.scratch });
  });

  it('runs pipelines through our utilities', () => {
    const r = sh('echo one two three | wc -w\nls / | grep -c proc\necho abc | cat | cat | wc -c\n');
    expect(r.stdout.split('\n').map((l) => l.trim())).toEqual(['3', '1', '4', '']);
    expect(r.code).toBe(0);
  });

  it('redirects < > >> and 2>&1', () => {
    const r = sh(
      'echo first > out.txt\necho second >> out.txt\ncat < out.txt\nls /no/such 2> err.txt; wc -l < err.txt\nls /no/such > both.txt 2>&1; grep -c such both.txt\n',
    );
    expect(r.stdout).toMatch(/^first\nsecond\n +1\n1\n$/);
    expect(readFileSync(path.join(tree.scratch, 'out.txt'), 'utf8')).toBe('first\nsecond\n');
  });

  it('keeps $? and runs ; && || by it', () => {
    const r = sh(
      'false; echo $?\ntrue && echo and-ran\nfalse && echo never\nfalse || echo or-ran\ntrue || echo never\nfalse && echo x || echo chain $?\nsh -c "exit 42"; echo $?\n',
    );
    expect(r.stdout).toBe('1\nand-ran\nor-ran\nchain 1\n42\n');
  });

  it('says "command not found" with status 127 and keeps going', () => {
    const r = sh('nosuchcommand arg\necho status $?\n');
    expect(r.stderr).toBe('sh: nosuchcommand: command not found\n');
    expect(r.stdout).toBe('status 127\n');
  });

  it('reports a segfaulting program and sets $? to 139', () => {
    const r = sh('crash\necho after $?\n');
    expect(r.stderr).toBe('Segmentation fault\n');
    expect(r.stdout).toBe('after 139\n');
  });

  it('expands variables and honours quotes', () => {
    const r = sh(
      'export GREETING=hello\necho "$GREETING world" \'$GREETING\' ${GREETING}x $NOPE.\nX=1; echo $X\nunset X; echo [$X]\necho a\\ b "c  d"\n',
    );
    expect(r.stdout).toBe('hello world $GREETING hellox .\n1\n[]\na b c  d\n');
  });

  it('expands wildcards to sorted file names, and leaves unmatched ones alone', () => {
    const dir = path.join(tree.scratch, 'glob');
    mkdirSync(dir);
    for (const f of ['b.c', 'a.c', 'c.h', '.hidden.c', 'x1', 'x2', 'y3'])
      writeFileSync(path.join(dir, f), '');
    const r = sh(
      `cd ${dir}\necho *.c\necho [ab]* x? [!x]?\necho '*.c' "x*" none*\necho ${dir}/*.h\necho .*.c\n`,
    );
    expect(r.stdout).toBe(`a.c b.c\na.c b.c x1 x2 y3\n*.c x* none*\n${dir}/c.h\n.hidden.c\n`);
  });

  it('changes directory with cd, and cd alone goes home', () => {
    const r = sh(`cd /usr; pwd\ncd /no/such; echo $?\ncd; pwd\n`);
    expect(r.stdout).toBe(`/usr\n1\n${tree.scratch}\n`);
    expect(r.stderr).toContain('cd: /no/such: No such file or directory');
  });

  it('exits with exit N, or with the last status at end of input', () => {
    expect(sh('exit 5\necho not reached\n').code).toBe(5);
    expect(sh('false\n').code).toBe(1);
    expect(sh('', ['-c', 'echo via -c; false']).stdout).toBe('via -c\n');
    expect(sh('', ['-c', 'exit 9']).code).toBe(9);
  });

  it('reports syntax errors with status 2', () => {
    expect(sh('echo a | | b\necho $?\n').stdout).toBe('2\n');
    expect(sh('echo "open\n').stderr).toBe('sh: unterminated quote\n');
    expect(sh('cat <\n').stderr).toContain('syntax error');
  });

  it('sh -i prompts even when its input is not a terminal', () => {
    const r = sh('echo hi\n', ['-i']);
    const prompt = `${tree.scratch} ${process.getuid?.() === 0 ? '#' : '$'} `;
    expect(r.stdout).toBe(`${prompt}hi\n${prompt}exit\n`);
  });

  it('runs a script file given as an argument', () => {
    const file = path.join(tree.scratch, 'script.sh');
    writeFileSync(file, '# a comment\necho from script\nexit 3\n');
    const r = sh('', [file]);
    expect([r.stdout, r.code]).toEqual(['from script\n', 3]);
    expect(sh('', ['/no/such.sh']).code).toBe(127);
  });

  it('reads its input a line at a time, leaving the rest to the commands it runs', () => {
    expect(sh('wc -l\nfed to wc\nand this\n').stdout.trim()).toBe('2');
  });

  it.skipIf(!oracleAvailable('script'))(
    'on a terminal: ^C kills the foreground job, not the shell',
    async () => {
      const out = await terminalSession(path.join(tree.root, 'usr/bin/sh'), env, [
        ['sleep 20\r', 1500], // time to fork and exec: ^C must reach sleep, not the editor
        ['\x03', 400],
        ['echo status $?\r', 300],
        ['\x1b[A\r', 300], // Up: the previous line again
        ['exit 4\r', 300],
      ]);
      expect(out.text).toMatch(/status 130\r?\n[^]*status 0\r?\n/);
      expect(out.code).toBe(4);
    },
  );
});

/// Runs a program on a pseudo-terminal (util-linux `script`), typing each string after a pause.
function terminalSession(
  prog: string,
  env: Record<string, string>,
  keys: Array<[string, number]>,
): Promise<{ text: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/script', ['-qfec', prog, '/dev/null'], {
      env: { ...env, TERM: 'vt100' },
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ text, code })); // after the last output is read
    let delay = 300;
    for (const [k, wait] of keys) {
      setTimeout(() => child.stdin.write(k), delay);
      delay += wait;
    }
    setTimeout(() => child.kill('SIGKILL'), delay + 5000);
  });
}
