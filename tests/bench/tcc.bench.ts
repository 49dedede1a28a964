// tcc.wasm's compile time on a ~3000-line C file, warm, next to `gcc -m32 -c` at -O0 and -O2
// on the same file in the same run. Also the one-off costs: compiling the WebAssembly module and
// the first (cold) compile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TccHost } from '../../build/tcc/host.ts';
import { NodeFileSource, tccCacheDir } from '../../build/tcc/node-loader.ts';
import type { BenchTable } from './table.ts';

/// A self-contained C file of about `lines` lines: structs, loops, switches, 64-bit math.
function syntheticSource(lines: number): string {
  const out = [
    'struct rec { int id; long long total; unsigned char tag[8]; struct rec *next; };',
    'int printf(const char *, ...);',
    '',
  ];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `long long step${i}(struct rec *r, int n)`,
      '{',
      '\tlong long acc = 0;',
      '\tint k;',
      '\tfor (k = 0; k < n; k++) {',
      `\t\tswitch ((k + ${i}) & 3) {`,
      `\t\tcase 0: acc += r->total * ${i + 3}; break;`,
      `\t\tcase 1: acc ^= (long long)r->id << (k & 31); break;`,
      `\t\tcase 2: acc -= r->tag[k & 7] / ${(i % 7) + 1}; break;`,
      '\t\tdefault: acc = acc / 3 + k; break;',
      '\t\t}',
      '\t\tif (r->next)',
      '\t\t\tr = r->next;',
      '\t}',
      `\tif (acc < 0) printf("step${i} %lld\\n", acc);`,
      '\treturn acc;',
      '}',
      '',
    );
  }
  return out.join('\n') + '\n';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeGcc(file: string, opt: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync('gcc', ['-m32', opt, '-c', file, '-o', `${file}.${opt}.o`], { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return median(times);
}

/// Runs the measurement (see the module comment).
export async function bench(): Promise<BenchTable> {
  const source = syntheticSource(3000);
  const lines = source.split('\n').length - 1;
  const dir = mkdtempSync(path.join(tmpdir(), 'tcc-bench-'));
  const file = path.join(dir, 'big.c');
  writeFileSync(file, source);
  const t0 = performance.now();
  const host = await TccHost.create(
    readFileSync(path.join(tccCacheDir(), 'tcc.wasm')),
    new NodeFileSource(path.join(tccCacheDir(), 'tcc-root')),
  );
  const moduleMs = performance.now() - t0;
  const run = () =>
    host.runSync({ args: ['-c', '/b/big.c', '-o', '/b/big.o'], files: [['/b/big.c', source]] });
  const t1 = performance.now();
  const first = run();
  const coldMs = performance.now() - t1;
  if (first.exitCode !== 0) throw new Error(`tcc.wasm failed on the bench file: ${first.stderr}`);
  for (let i = 0; i < 20; i++) run();
  const warm: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    run();
    warm.push(performance.now() - t);
  }
  const gccO0 = timeGcc(file, '-O0', 5);
  const gccO2 = timeGcc(file, '-O2', 3);
  return {
    title: `tcc.wasm: compile a ${lines}-line C file (-c)`,
    rows: [
      {
        metric: 'compile, warm (median of 50)',
        unit: 'ms',
        ours: median(warm),
        peers: { 'gcc -m32 -O0 -c': gccO0, 'gcc -m32 -O2 -c': gccO2 },
      },
      {
        metric: 'first compile (cold instance)',
        unit: 'ms',
        ours: coldMs,
        peers: { 'gcc -m32 -O0 -c': gccO0 },
      },
      { metric: 'WebAssembly.compile of tcc.wasm (once)', unit: 'ms', ours: moduleMs, peers: {} },
    ],
    notes: [
      `object size ${first.outputs.get('/b/big.o')!.length} bytes; gcc times include starting the process, as a build pays it`,
    ],
  };
}
