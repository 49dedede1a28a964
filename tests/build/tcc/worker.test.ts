import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadTccHost, tccCacheDir } from '../../../build/tcc/node-loader.ts';

/// tcc's /tcc tree as [path, bytes] pairs, as a browser or worker would receive it.
function tccTree(): [string, Uint8Array][] {
  const root = path.join(tccCacheDir(), 'tcc-root');
  const out: [string, Uint8Array][] = [];
  for (const dir of ['include', 'lib']) {
    for (const f of readdirSync(path.join(root, dir)))
      out.push([`/${dir}/${f}`, readFileSync(path.join(root, dir, f))]);
  }
  return out;
}

describe('TccHost in a worker thread', () => {
  it('compiles with a module compiled once on the main thread and posted over', async () => {
    const host = await loadTccHost();
    const worker = new Worker(new URL('./fixtures/tcc-worker.mjs', import.meta.url));
    try {
      const reply = new Promise<{ exitCode: number; stderr: string; object: Uint8Array | null }>(
        (resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        },
      );
      worker.postMessage({
        module: host.wasmModule,
        tccFiles: tccTree(),
        source:
          '#include <stdarg.h>\nint f(int n, ...) { va_list ap; va_start(ap, n); n = va_arg(ap, int); va_end(ap); return n; }\n',
      });
      const r = await reply;
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      expect(Array.from(r.object!.subarray(0, 4))).toEqual([0x7f, 0x45, 0x4c, 0x46]);
    } finally {
      await worker.terminate();
    }
  });
});
