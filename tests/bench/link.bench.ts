// Linker bench: a kernel-sized set of objects (100 generated C files, gcc -m32 -c, plus a head in
// assembly) linked into a vmlinux-shaped executable with a Linux-style script, and partially
// linked (`ld -r`), by ours (in process, warm, as the app runs it) and by GNU ld (a process per
// link, as make runs it), in the same run. Ours is also timed reading its inputs from disk.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { link } from '../../build/link/index.ts';
import type { LinkInput } from '../../build/link/index.ts';
import type { BenchTable } from './table.ts';

const FILES = 100;
const RUNS = 15;
const TESTDATA = fileURLToPath(new URL('../build/link/testdata/kernel/', import.meta.url));

// A C file with a few functions, data, bss and calls into the neighbouring files.
function source(i: number): string {
  const next = (i + 1) % FILES;
  let s = `extern int f${next}_0(int);\nint data${i}[16] = {${i}, 2, 3};\nstatic int bss${i}[64];\nconst char name${i}[] = "file ${i}";\n`;
  for (let k = 0; k < 8; k++) {
    s += `int f${i}_${k}(int x) {\n  int s = x;\n  for (int j = 0; j < ${k + 3}; j++) s += data${i}[j & 15] * j + bss${i}[j];\n`;
    s += k === 7 ? `  return s + (x > 0 ? f${next}_0(x - 1) : 0);\n}\n` : `  return s ^ ${k};\n}\n`;
  }
  return s;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/// Runs the bench; see the file comment.
export async function bench(): Promise<BenchTable> {
  const dir = mkdtempSync(join(tmpdir(), 'sl-linkbench-'));
  const flags = [
    '-m32',
    '-c',
    '-O1',
    '-fno-pie',
    '-fno-asynchronous-unwind-tables',
    '-ffreestanding',
    '-fno-stack-protector',
  ];
  const objs: string[] = [];
  for (let i = 0; i < FILES; i++) {
    writeFileSync(join(dir, `f${i}.c`), source(i));
    objs.push(join(dir, `f${i}.o`));
  }
  execFileSync(
    'sh',
    [
      '-c',
      `for i in $(seq 0 ${FILES - 1}); do echo f$i.c; done | xargs -P 2 -n 10 gcc ${flags.join(' ')}`,
    ],
    { cwd: dir },
  );
  execFileSync('gcc', [...flags, join(TESTDATA, 'head.S'), '-o', join(dir, 'head.o')]);
  writeFileSync(
    join(dir, 'main.c'),
    'void start_kernel(void) { extern int f0_7(int); f0_7(3); }\nlong sys_ni_syscall(void) { return -38; }\nint jiffies_64, initcall_count;\n',
  );
  execFileSync('gcc', [...flags, join(dir, 'main.c'), '-o', join(dir, 'main.o')]);
  const all = [join(dir, 'head.o'), join(dir, 'main.o'), ...objs];
  const script = join(TESTDATA, 'vmlinux.lds');
  const inputs: LinkInput[] = all.map((p) => ({ name: p, bytes: new Uint8Array(readFileSync(p)) }));
  const scriptText = { name: 'vmlinux.lds', text: readFileSync(script, 'utf8') };
  const oursExec = () => {
    const r = link({ mode: 'executable', inputs, script: scriptText, wantSystemMap: true });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.text).join('\n'));
  };
  const oursFromDisk = () => {
    const fresh = all.map((p) => ({ name: p, bytes: new Uint8Array(readFileSync(p)) }));
    const r = link({
      mode: 'executable',
      inputs: fresh,
      script: { name: 'vmlinux.lds', text: readFileSync(script, 'utf8') },
    });
    writeFileSync(join(dir, 'vmlinux.ours'), r.output!);
  };
  const oursRel = () => {
    if (!link({ mode: 'relocatable', inputs }).ok) throw new Error('ld -r failed');
  };
  const gnuExec = () =>
    execFileSync('ld', ['-m', 'elf_i386', '-T', script, '-o', join(dir, 'vmlinux.gnu'), ...all]);
  const gnuRel = () =>
    execFileSync('ld', ['-m', 'elf_i386', '-r', '-o', join(dir, 'built-in.o'), ...all]);
  for (let i = 0; i < 5; i++) {
    oursExec();
    oursRel();
  } // warm up V8, as a running app is
  const t = (fn: () => void) => median(Array.from({ length: RUNS }, () => time(fn)));
  const size = inputs.reduce((n, i) => n + i.bytes.length, 0);
  return {
    title: `linker: ${all.length} objects (${(size / 1024).toFixed(0)} KiB), vmlinux.lds`,
    rows: [
      {
        metric: 'link vmlinux + System.map (warm, in memory)',
        unit: 'ms',
        ours: t(oursExec),
        peers: { 'GNU ld': t(gnuExec) },
      },
      {
        metric: 'link vmlinux from disk to disk',
        unit: 'ms',
        ours: t(oursFromDisk),
        peers: { 'GNU ld': t(gnuExec) },
      },
      {
        metric: 'ld -r of all objects (warm)',
        unit: 'ms',
        ours: t(oursRel),
        peers: { 'GNU ld': t(gnuRel) },
      },
    ],
    notes: ['GNU ld figures include its process start (~1 ms), as every make-driven link pays it'],
  };
}
