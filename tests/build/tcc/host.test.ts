import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TccHost, type TccRunResult } from '../../../build/tcc/host.ts';
import { createTccHost, loadTccHost, TccUnavailableError } from '../../../build/tcc/node-loader.ts';
import { MapFileSource } from '../../../build/tcc/sandbox-fs.ts';
import { oracleAvailable } from '../../support/oracle.ts';

let host: TccHost;
beforeAll(async () => {
  host = await loadTccHost();
});

const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

function elfHeader(obj: Uint8Array) {
  const v = new DataView(obj.buffer, obj.byteOffset, obj.byteLength);
  return {
    magic: text(obj.subarray(1, 4)),
    cls: obj[4],
    data: obj[5],
    type: v.getUint16(16, true),
    machine: v.getUint16(18, true),
  };
}

function compile(files: Record<string, string>, args: string[]): TccRunResult {
  return host.runSync({ args, files: Object.entries(files) });
}

describe('tcc.wasm through TccHost', () => {
  it('compiles C into an ELF32 i386 relocatable', () => {
    const r = compile({ '/src/a.c': 'int add(int a, int b) { return a + b; }\n' }, [
      '-c',
      '/src/a.c',
      '-o',
      '/out/a.o',
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(elfHeader(r.outputs.get('/out/a.o')!)).toEqual({
      magic: 'ELF',
      cls: 1,
      data: 1,
      type: 1,
      machine: 3,
    });
  });

  it('assembles .S through the preprocessor', () => {
    const src =
      '#define NR 338\n.globl f\nf:\n  movl $NR, %eax\n  int $0x80\n  .byte 0x0f,0x34\n  ret\n';
    const r = compile({ '/a.S': src }, ['-c', '/a.S', '-o', '/a.o']);
    expect(r.exitCode, r.stderr).toBe(0);
    const obj = r.outputs.get('/a.o')!;
    expect(elfHeader(obj).machine).toBe(3);
    // mov $338,%eax = b8 52 01 00 00; int $0x80 = cd 80; sysenter bytes; ret
    const code = Buffer.from(obj).indexOf(
      Buffer.from([0xb8, 0x52, 0x01, 0x00, 0x00, 0xcd, 0x80, 0x0f, 0x34, 0xc3]),
    );
    expect(code).toBeGreaterThan(0);
  });

  it('reports a syntax error with file and line, exits non-zero and leaves no object', () => {
    const r = compile({ '/k/x.c': 'int f(void)\n{\n  return y;\n}\n' }, [
      '-c',
      '/k/x.c',
      '-o',
      '/k/x.o',
    ]);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/^\/k\/x\.c:3: error: 'y' undeclared/m);
    expect(r.outputs.has('/k/x.o')).toBe(false);
  });

  it('reports a missing header', () => {
    const r = compile({ '/a.c': '#include <linux/kernel.h>\n' }, [
      '-nostdinc',
      '-c',
      '/a.c',
      '-o',
      '/a.o',
    ]);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain("include file 'linux/kernel.h' not found");
  });

  it('writes -MD dependencies listing the -I headers', () => {
    const files = {
      '/t/a.c': '#include <x.h>\n#include "y.h"\nint v = X + Y;\n',
      '/t/inc/x.h': '#define X 1\n',
      '/t/y.h': '#define Y 2\n',
    };
    const r = compile(files, ['-I/t/inc', '-c', '/t/a.c', '-o', '/t/a.o', '-MD', '-MF', '/t/a.d']);
    expect(r.exitCode, r.stderr).toBe(0);
    const deps = text(r.outputs.get('/t/a.d'));
    expect(deps).toMatch(/^\/t\/a\.o:/);
    for (const f of ['/t/a.c', '/t/inc/x.h', '/t/y.h']) expect(deps).toContain(f);
  });

  it("preprocesses with -E to stdout, using tcc's own stddef.h from /tcc/include", () => {
    const r = compile(
      {
        '/a.c':
          '#include <stddef.h>\nstruct s { int a; int b; };\nsize_t n = offsetof(struct s, b);\n',
      },
      ['-E', '/a.c'],
    );
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('# 4 "/tcc/include/stddef.h"');
    expect(r.stdout).toMatch(/size_t n = .*->b/);
  });

  it('-g emits stabs line information (.stab/.stabstr sections)', () => {
    const r = compile({ '/g.c': 'int f(int a)\n{\n\treturn a + 1;\n}\n' }, [
      '-g',
      '-c',
      '/g.c',
      '-o',
      '/g.o',
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    const names = text(r.outputs.get('/g.o'));
    expect(names).toContain('.stab\0');
    expect(names).toContain('.stabstr\0');
    expect(names).toContain('/g.c');
  });

  it('runs asynchronously too (the browser path)', async () => {
    const r = await host.run({
      args: ['-c', '/a.c', '-o', '/a.o'],
      files: [['/a.c', 'int x = 42;\n']],
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.get('/a.o')!.length).toBeGreaterThan(100);
  });

  it('survives 500 compiles in a row in one process', () => {
    const src = Array.from(
      { length: 50 },
      (_, i) => `int f${i}(int a) { return a * ${i} + (a >> 3); }`,
    ).join('\n');
    let bytes = 0;
    for (let i = 0; i < 500; i++) {
      const r = compile({ '/loop.c': src }, ['-c', '/loop.c', '-o', '/loop.o']);
      expect(r.exitCode).toBe(0);
      bytes += r.outputs.get('/loop.o')!.length;
    }
    expect(bytes).toBeGreaterThan(500 * 1000);
  });

  it('keeps no state between runs (a -D of one run is not seen by the next)', () => {
    const src = '#ifdef SEEN\n#error leaked\n#endif\nint x;\n';
    expect(compile({ '/a.c': src }, ['-DSEEN', '-c', '/a.c', '-o', '/a.o']).exitCode).not.toBe(0);
    expect(compile({ '/a.c': src }, ['-c', '/a.c', '-o', '/a.o']).exitCode).toBe(0);
  });

  it('builds a host from bytes and an in-memory /tcc tree (no Node file access)', async () => {
    const wasm = host.wasmModule;
    const other = await TccHost.create(
      wasm,
      new MapFileSource([['/include/stddef.h', new TextEncoder().encode('#define MINE 7\n')]]),
    );
    const r = await other.run({
      args: ['-E', '/a.c'],
      files: [['/a.c', '#include <stddef.h>\nint v = MINE;\n']],
    });
    expect(r.stdout).toContain('int v = 7;');
  });
});

describe('a missing or broken tcc.wasm', () => {
  it('says to run npm install', async () => {
    await expect(createTccHost('/nonexistent-tcc-cache')).rejects.toThrow(TccUnavailableError);
    await expect(createTccHost('/nonexistent-tcc-cache')).rejects.toThrow(/run `npm install`/);
  });

  it('says to rebuild when the file is not WebAssembly', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tcc-bad-'));
    writeFileSync(path.join(dir, 'tcc.wasm'), 'not wasm');
    mkdirSync(path.join(dir, 'tcc-root', 'lib'), { recursive: true });
    writeFileSync(path.join(dir, 'tcc-root', 'lib', 'libtcc1.a'), '!<arch>\n');
    await expect(createTccHost(dir)).rejects.toThrow(/not a valid module.*--force/);
  });
});

describe.skipIf(!oracleAvailable('readelf'))('tcc.wasm objects read by GNU readelf', () => {
  it('has i386 relocations and the expected symbols', () => {
    const src =
      'extern int printk(const char *, ...);\nlong long q(long long a, long long b) { return a / b; }\nint hello(void) { return printk("hi %d\\n", 1); }\n';
    const r = compile({ '/m.c': src }, ['-c', '/m.c', '-o', '/m.o']);
    const dir = mkdtempSync(path.join(tmpdir(), 'tcc-'));
    writeFileSync(path.join(dir, 'm.o'), r.outputs.get('/m.o')!);
    const out = execFileSync('readelf', ['-h', '-s', '-r', path.join(dir, 'm.o')], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/Class:\s+ELF32/);
    expect(out).toMatch(/Machine:\s+Intel 80386/);
    expect(out).toMatch(/REL \(Relocatable file\)/);
    expect(out).toMatch(/R_386_PC32\s+00000000\s+printk/);
    expect(out).toMatch(/UND __divdi3/);
    expect(out).toMatch(/FUNC\s+GLOBAL\s+DEFAULT\s+\d+ hello/);
  });
});
