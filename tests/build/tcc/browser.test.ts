// The host module in a real browser (Debian's Chromium): bundled as the app bundles it, with no
// Node API, compiling on the page's main thread through the asynchronous path.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tccCacheDir } from '../../../build/tcc/node-loader.ts';
import { launchBrowser } from '../../support/browser.ts';
import { oracleAvailable } from '../../support/oracle.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function tccTree(): [string, string][] {
  const root = path.join(tccCacheDir(), 'tcc-root');
  return ['include', 'lib'].flatMap((dir) =>
    readdirSync(path.join(root, dir)).map((f): [string, string] => [
      `/${dir}/${f}`,
      b64(readFileSync(path.join(root, dir, f))),
    ]),
  );
}

describe.skipIf(!oracleAvailable('chromium'))('TccHost in Chromium', () => {
  it('compiles C to an ELF32 i386 object in the page', async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('./fixtures/browser-entry.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
    });
    const session = await launchBrowser();
    try {
      await session.page.setContent('<!doctype html><title>tcc</title>');
      await session.page.addScriptTag({ content: bundle.outputFiles[0].text });
      const wasm = b64(readFileSync(path.join(tccCacheDir(), 'tcc.wasm')));
      const source =
        '#include <stddef.h>\nsize_t len(const char *s) { size_t n = 0; while (s[n]) n++; return n; }\n';
      const r = await session.page.evaluate(
        ([w, t, s]) =>
          (
            globalThis as unknown as {
              compileInPage: (
                ...a: unknown[]
              ) => Promise<{ exitCode: number; stderr: string; head: number[] }>;
            }
          ).compileInPage(w, t, s),
        [wasm, tccTree(), source] as const,
      );
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      expect(r.head.slice(0, 6)).toEqual([0x7f, 0x45, 0x4c, 0x46, 1, 1]);
      expect(r.head[18]).toBe(3); // e_machine EM_386
    } finally {
      await session.close();
    }
  }, 60_000);
});
