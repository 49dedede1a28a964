// The teaching kernel on QEMU: how long from starting the machine to the first serial byte and
// to the first line of user space, and how long 300 fork/exit/wait cycles take; the same kernel
// built by GNU make + gcc -O2 and by the app's pipeline (tcc.wasm, our linker) side by side.
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  copyKernelTree,
  makeKernel,
  repoRoot,
  scratch,
  testInitramfs,
  type KernelBuild,
} from '../support/kernel-build.ts';
import type { BenchRow, BenchTable } from './table.ts';

const run = promisify(execFile);
const RUNS = 5;

/// Milliseconds from spawning QEMU until the serial output first contains each marker.
function timeToMarkers(kernel: string, initrd: string, append: string, markers: string[]) {
  return new Promise<number[]>((resolve) => {
    const start = performance.now();
    const args = ['-kernel', kernel, '-initrd', initrd, '-append', append, '-m', '32'];
    args.push('-serial', 'stdio', '-display', 'none', '-monitor', 'none', '-nodefaults');
    args.push('-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04', '-no-reboot');
    const child = spawn('qemu-system-i386', args);
    const seen = markers.map(() => NaN);
    let text = '';
    child.stdout.on('data', (b: Buffer) => {
      text += b.toString('latin1');
      markers.forEach((m, i) => {
        if (Number.isNaN(seen[i]) && text.includes(m)) seen[i] = performance.now() - start;
      });
    });
    child.on('close', () => resolve(seen));
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/// Boot and fork timings of one kernel build, median of RUNS runs.
async function measure(build: KernelBuild, dir: string) {
  const initrd = testInitramfs(build, ['runner', 'hello', 'forkstress'], dir);
  const append = 'console=ttyS0 rdinit=/bin/runner /bin/hello -- /bin/forkstress 300';
  const markers = ['Linux version', 'hello from user space', 'runner: /bin/forkstress'];
  const runs: number[][] = [];
  for (let i = 0; i < RUNS; i++)
    runs.push(await timeToMarkers(build.vmlinux, initrd, append, markers));
  const first = median(runs.map((r) => r[0]));
  const user = median(runs.map((r) => r[1]));
  const forks = median(runs.map((r) => r[2] - r[1]));
  return { first, user, forks };
}

/// Runs the measurement (see the module comment).
export async function bench(): Promise<BenchTable> {
  const tmp = scratch('kernel-bench');
  try {
    const gcc = await makeKernel(copyKernelTree(join(tmp.dir, 'gcc')));
    if (!gcc.ok) throw new Error(gcc.log);
    const tree = copyKernelTree(join(tmp.dir, 'app'));
    const out = join(tmp.dir, 'app-out');
    await run('node', [
      join(repoRoot, 'bin/syscall-lab.mjs'),
      'build',
      '--tree',
      tree,
      '--out',
      out,
    ]);
    const app: KernelBuild = {
      ...gcc,
      dir: tree,
      vmlinux: join(out, 'vmlinux'),
      systemMap: join(out, 'System.map'),
    };
    const g = await measure(gcc, join(tmp.dir, 'gcc-run'));
    const t = await measure(app, join(tmp.dir, 'app-run'));
    const rows: BenchRow[] = [
      {
        metric: 'QEMU start to first serial byte (tcc build)',
        unit: 'ms',
        ours: t.first,
        peers: { 'gcc -O2 build': g.first },
      },
      {
        metric: 'QEMU start to first user-space line',
        unit: 'ms',
        ours: t.user,
        peers: { 'gcc -O2 build': g.user },
      },
      {
        metric: '300 fork+exit+wait4 on QEMU',
        unit: 'ms',
        ours: t.forks,
        peers: { 'gcc -O2 build': g.forks },
      },
    ];
    return {
      title: 'kernel (QEMU, median of 5 boots)',
      rows,
      notes: [
        'wall clock including QEMU start-up; ours = the app pipeline build, peer = make CC=gcc',
      ],
    };
  } finally {
    tmp.dispose();
  }
}
