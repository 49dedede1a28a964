// The utilities in kernel/usr/bin, run natively as i386 programs: usage lines, exit codes, and
// output compared with the host's own tools (GNU coreutils) where the formats are the same.

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { buildUserTree, makeList, run, type UserTree } from './support/tree.ts';

const ok = oracleAvailable('gcc', 'make', 'cpio');

/// Runs a host tool for comparison (C locale, so sorting and messages are plain).
function host(cmd: string, args: string[], input = ''): string {
  return spawnSync(cmd, args, {
    input,
    encoding: 'utf8',
    env: { LC_ALL: 'C', PATH: '/usr/bin:/bin' },
  }).stdout;
}

describe.skipIf(!ok)('utilities, natively as i386', () => {
  let tree: UserTree;
  let bin: (name: string) => string;
  let work: string;

  beforeAll(() => {
    tree = buildUserTree();
    bin = (name) => path.join(tree.root, name.includes('/') ? name : `usr/bin/${name}`);
    work = path.join(tree.scratch, 'work');
    mkdirSync(work);
    writeFileSync(
      path.join(work, 'lines.txt'),
      Array.from({ length: 25 }, (_, i) => `line ${i + 1}\n`).join(''),
    );
    writeFileSync(
      path.join(work, 'words.txt'),
      'alpha Beta\ngamma  delta\n\tALPHA end\nno newline',
    );
  });

  it('every program has a --help that exits 0 with a usage line', () => {
    const progs = makeList(tree, 'progs-y');
    expect(progs.length).toBeGreaterThanOrEqual(27); // init, sh and 25 utilities
    for (const p of progs) {
      const r = run(bin(p), ['--help']);
      expect(r.stdout, p).toMatch(/^usage: /);
      expect(r.code, p).toBe(p.endsWith('/false') ? 1 : 0);
    }
  });

  it('bad usage exits 2 with the usage on stderr', () => {
    for (const [p, args] of [
      ['mkdir', []],
      ['rmdir', []],
      ['cp', ['one']],
      ['mv', ['one']],
      ['grep', []],
      ['kill', []],
      ['sleep', []],
      ['ls', ['-z']],
      ['wc', ['-q']],
      ['rm', ['-x', 'f']],
      ['uname', ['-z']],
      ['head', ['-n', 'x']],
      ['poweroff', ['now']],
      ['touch', []],
      ['date', ['-x']],
    ] as const) {
      const r = run(bin(p), [...args]);
      expect(r.code, p).toBe(2);
      expect(r.stderr, p).toMatch(/usage|bad|unknown/);
    }
  });

  it('echo, cat, head, tail, pwd match coreutils', () => {
    const lines = path.join(work, 'lines.txt');
    expect(run(bin('echo'), ['a', 'b  c', '']).stdout).toBe(host('echo', ['a', 'b  c', '']));
    expect(run(bin('echo'), ['-n', 'x']).stdout).toBe('x');
    expect(run(bin('cat'), [lines, '-', lines], { input: 'mid\n' }).stdout).toBe(
      host('cat', [lines, '-', lines], 'mid\n'),
    );
    for (const args of [[], ['-n', '3'], ['-7'], ['-n', '0']]) {
      expect(run(bin('head'), [...args, lines]).stdout).toBe(host('head', [...args, lines]));
      expect(run(bin('tail'), [...args, lines]).stdout).toBe(host('tail', [...args, lines]));
    }
    expect(run(bin('pwd'), [], { cwd: work }).stdout).toBe(`${work}\n`);
  });

  it('cat and friends report missing files with exit 1', () => {
    for (const p of ['cat', 'head', 'tail', 'wc', 'ls']) {
      const r = run(bin(p), ['/no/such/file']);
      expect(r.code, p).toBe(1);
      expect(r.stderr, p).toContain('/no/such/file: No such file or directory');
    }
  });

  it('grep matches GNU grep -F, with its exit codes', () => {
    const words = path.join(work, 'words.txt');
    for (const args of [
      ['alpha'],
      ['-i', 'alpha'],
      ['-v', 'a'],
      ['-c', 'a'],
      ['-n', 'e'],
      ['zzz'],
    ]) {
      const ours = run(bin('grep'), [...args, words]);
      const gnu = spawnSync('grep', ['-F', ...args, words], { encoding: 'utf8' });
      expect(ours.stdout, args.join(' ')).toBe(gnu.stdout);
      expect(ours.code, args.join(' ')).toBe(gnu.status);
    }
    expect(run(bin('grep'), ['-q', 'gamma', words]).code).toBe(0);
    expect(run(bin('grep'), ['x', '/no/such']).code).toBe(2);
    expect(run(bin('grep'), ['ta'], { input: 'beta\nzeta\nno\n' }).stdout).toBe('beta\nzeta\n');
  });

  it('wc counts like GNU wc', () => {
    const words = path.join(work, 'words.txt');
    const nums = (s: string) => s.trim().split(/\s+/).slice(0, 3).map(Number);
    expect(nums(run(bin('wc'), [words]).stdout)).toEqual(nums(host('wc', [words])));
    expect(run(bin('wc'), ['-l'], { input: 'a\nb\n' }).stdout.trim()).toBe('2');
  });

  it('mkdir -p, cp, mv, rm -r, rmdir, ls -1 and ls -l work on a real tree', () => {
    const t = path.join(work, 'tree');
    expect(run(bin('mkdir'), ['-p', `${t}/a/b/c`]).code).toBe(0);
    expect(run(bin('mkdir'), ['-p', `${t}/a/b`]).code).toBe(0);
    expect(run(bin('mkdir'), [`${t}/a`]).code).toBe(1);
    expect(run(bin('cp'), [path.join(work, 'lines.txt'), `${t}/a/copy.txt`]).code).toBe(0);
    expect(readFileSync(`${t}/a/copy.txt`, 'utf8')).toBe(
      readFileSync(path.join(work, 'lines.txt'), 'utf8'),
    );
    expect(run(bin('cp'), [`${t}/a/copy.txt`, path.join(work, 'words.txt'), `${t}/a/b`]).code).toBe(
      0,
    );
    expect(readdirSync(`${t}/a/b`).sort()).toEqual(['c', 'copy.txt', 'words.txt']);
    expect(run(bin('mv'), [`${t}/a/copy.txt`, `${t}/moved.txt`]).code).toBe(0);
    expect(existsSync(`${t}/moved.txt`) && !existsSync(`${t}/a/copy.txt`)).toBe(true);
    for (const dir of [t, `${t}/a`, `${t}/a/b`]) {
      expect(run(bin('ls'), [dir]).stdout).toBe(host('ls', ['-1', dir]));
    }
    expect(run(bin('ls'), ['-a', t]).stdout).toBe(host('ls', ['-1a', t]));
    const long = run(bin('ls'), ['-l', t]).stdout.split('\n');
    expect(long[0]).toMatch(/^drwx.{6} +\d+ +\d+ +\d+ +\d+ \d{4}-\d\d-\d\d \d\d:\d\d a$/);
    expect(long[1]).toMatch(/^-rw.{7} +1 .* 191 .* moved\.txt$/);
    expect(run(bin('rmdir'), [`${t}/a`]).code).toBe(1);
    expect(run(bin('rm'), [`${t}/a`]).code).toBe(1);
    expect(run(bin('rm'), ['-r', `${t}/a`]).code).toBe(0);
    expect(run(bin('rm'), [`${t}/moved.txt`]).code).toBe(0);
    expect(run(bin('rm'), ['-f', `${t}/gone`]).code).toBe(0);
    expect(run(bin('rmdir'), [t]).code).toBe(0);
    expect(existsSync(t)).toBe(false);
  });

  it('env, true, false, sleep, clear, uname', () => {
    expect(run(bin('env'), [], { env: { A: '1', B: 'two' } }).stdout).toBe('A=1\nB=two\n');
    expect(run(bin('env'), ['-i', 'X=y', bin('env')]).stdout).toBe('X=y\n');
    expect(run(bin('env'), ['/no/such/cmd']).code).toBe(127);
    expect(run(bin('true')).code).toBe(0);
    expect(run(bin('false')).code).toBe(1);
    expect(run(bin('sleep'), ['0.05']).code).toBe(0);
    expect(run(bin('sleep'), ['1x']).code).toBe(2);
    expect(run(bin('clear')).stdout).toBe('\x1b[H\x1b[2J');
    expect(run(bin('uname')).stdout).toBe(host('uname', ['-s']));
    expect(run(bin('uname'), ['-snrvm']).stdout).toBe(host('uname', ['-snrvm']));
    expect(run(bin('uname'), ['-a']).stdout).toBe(host('uname', ['-snrvm']));
  });

  it('touch creates files and renews times; date prints the time as date -u does', () => {
    const f = path.join(work, 'touched');
    expect(run(bin('touch'), [f]).code).toBe(0);
    expect(existsSync(f)).toBe(true);
    utimesSync(f, 1000, 1000);
    expect(run(bin('touch'), [f]).code).toBe(0);
    expect(statSync(f).mtimeMs).toBeGreaterThan(1_000_000);
    expect(run(bin('touch'), ['/no/such/dir/f']).code).toBe(1);
    const out = run(bin('date')).stdout;
    const m =
      /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (\w{3}) ([ \d]\d) (\d\d:\d\d:\d\d) UTC (\d{4})\n$/.exec(out);
    expect(m, out).not.toBeNull();
    const ours = Date.parse(`${m![3].trim()} ${m![2]} ${m![5]} ${m![4]} UTC`);
    const gnu = Date.parse(host('date', ['-u', '+%Y-%m-%dT%H:%M:%SZ']).trim());
    expect(Math.abs(ours - gnu)).toBeLessThanOrEqual(2000);
    expect(out.slice(0, 3)).toBe(host('date', ['-u', '+%a']).trim());
  });

  it('kill sends signals by name and number; kill -l lists them', () => {
    // (a background job of a script ignores SIGINT, so HUP stands in for a named signal)
    const cases: Array<[string, number]> = [
      ['-9', 9],
      ['-KILL', 9],
      ['-s HUP', 1],
      ['-SIGTERM', 15],
      ['', 15],
    ];
    for (const [sig, num] of cases) {
      const script = `sleep 30 & p=$!; ${bin('kill')} ${sig} $p; wait $p; echo $?`;
      const child = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
      expect(Number(child.stdout.trim()), sig).toBe(128 + num);
    }
    expect(run(bin('kill'), ['-l']).stdout).toContain('15 TERM');
    expect(run(bin('kill'), ['999999']).stderr).toContain('No such process');
    expect(run(bin('kill'), ['-NOPE', '1']).code).toBe(2);
  });

  it('ps lists the processes in /proc, itself included', () => {
    const r = run(bin('ps'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('  PID  PPID STAT COMMAND');
    expect(lines.some((l) => /^ *\d+ +\d+ R +ps$/.test(l))).toBe(true);
  });

  // util-linux dmesg over the same syslog(2) interface (-S) is the oracle, with and without -r.
  // Never -c here: it would clear the host's log.
  it('dmesg prints the kernel log like util-linux dmesg -S, prefixes stripped unless -r', () => {
    for (const args of [[], ['-r'], ['--raw']]) {
      const gnu = spawnSync('dmesg', ['-S', ...args], {
        encoding: 'utf8',
        env: { LC_ALL: 'C', PATH: '/usr/bin:/bin' },
      });
      const r = run(bin('dmesg'), args);
      if (gnu.status !== 0) {
        expect(r.code).toBe(1); // no permission here: a clear message, not a crash
        expect(r.stderr).toMatch(/^dmesg: /);
        continue;
      }
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(gnu.stdout);
      if (args.length === 0) expect(r.stdout).not.toMatch(/^<\d+>/m);
    }
    const bad = run(bin('dmesg'), ['-x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("dmesg: unknown option '-x'\nusage: dmesg [-r] [-c]\n");
  });

  it('init refuses to run as anything but process 1', () => {
    const r = run(bin('usr/sbin/init'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('process 1');
  });
});
