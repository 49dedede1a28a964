#!/usr/bin/env node
// Builds tcc.wasm (TinyCC for wasm32-wasip1, targeting Linux i386) from Debian's `tcc` source
// package, plus tcc's runtime library libtcc1.a and its own headers, into build/tcc/cache/.
// Runs from `npm install` (postinstall). Idempotent: when the cache already holds a complete
// build made by this same recipe it does nothing.
//
// The source comes through apt with a PRIVATE configuration (sources, lists, cache, state all
// under build/tcc/cache/apt), so the machine's apt setup is read but never changed. The compiler
// is clang from the npm package @yowasp/clang, itself WebAssembly, so no host C compiler is used.
//
// Plain Node ESM on purpose: it must run before anything else of the project is usable.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { log, step } from './build-steps.mjs';
import { dscVersion, fetchSource } from './debian-source.mjs';

export { debSrcFromDeb822, debSrcFromOneLine, deriveSources } from './debian-source.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where every output goes (gitignored). */
export const cacheDir = path.join(here, 'cache');

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

// ---------------------------------------------------------------- compiling

const CLANG_FLAGS = [
  '--target=wasm32-wasip1',
  '-O2',
  '-DTCC_TARGET_I386',
  '-DONE_SOURCE=1',
  '-D_WASI_EMULATED_SIGNAL',
  '-D_WASI_EMULATED_PROCESS_CLOCKS',
  '-D_WASI_EMULATED_MMAN',
  // tcc reports errors by longjmp; wasm exception-handling based setjmp/longjmp.
  '-mllvm',
  '-wasm-enable-sjlj',
  '-w',
  '-I.',
];
const CLANG_LIBS = [
  '-lwasi-emulated-signal',
  '-lwasi-emulated-process-clocks',
  '-lwasi-emulated-mman',
  '-lsetjmp',
  // wasi-libc keeps long double parsing/printing apart; without it strtold ("2.5L") aborts.
  '-lc-printscan-long-double',
  '-Wl,--strip-all',
];

/** Compiles tcc.c (ONE_SOURCE pulls in the rest) with clang-in-wasm; returns the .wasm bytes. */
/** clang's version line; also fetches clang's resources quietly (runClang's own first step
 *  would print download progress: it does not pass `fetchProgress` on). */
async function clangVersion() {
  const { runClang } = await import('@yowasp/clang');
  let text = '';
  const collect = (bytes) => {
    if (bytes) text += Buffer.from(bytes).toString('utf8');
  };
  await runClang(
    ['clang', '--version'],
    {},
    { stdout: collect, stderr: collect, fetchProgress: () => {} },
  );
  return text.split('\n')[0].trim();
}

async function compileTcc(srcDir, configH) {
  const { runClang } = await import('@yowasp/clang');
  const tree = {};
  for (const f of fs.readdirSync(srcDir)) {
    if (/\.(c|h|def)$/.test(f)) tree[f] = fs.readFileSync(path.join(srcDir, f));
  }
  tree['config.h'] = configH;
  let diagnostics = '';
  const collect = (bytes) => {
    if (bytes) diagnostics += Buffer.from(bytes).toString('utf8');
  };
  try {
    const out = await runClang(
      ['clang', ...CLANG_FLAGS, 'tcc.c', '-o', 'tcc.wasm', ...CLANG_LIBS],
      tree,
      {
        stdout: collect,
        stderr: collect,
        fetchProgress: () => {},
      },
    );
    if (!(out['tcc.wasm'] instanceof Uint8Array)) throw new Error('clang produced no tcc.wasm');
    return out['tcc.wasm'];
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${diagnostics}`, {
      cause: err,
    });
  }
}

/** node:wasi prints an ExperimentalWarning on first use; it would only clutter `npm install`,
 *  so warnings are printed by our own listener, which skips that one. */
function quietWasiWarning() {
  if (quietWasiWarning.done) return;
  quietWasiWarning.done = true;
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    if (!/WASI/.test(w.message)) process.stderr.write(`${w.name}: ${w.message}\n`);
  });
}

/** Runs tcc.wasm once under node:wasi with `root` as the sandbox's `/`; throws on failure. */
async function runTcc(module, root, args) {
  const { WASI } = await import('node:wasi');
  quietWasiWarning();
  const wasi = new WASI({
    version: 'preview1',
    args: ['tcc', ...args],
    preopens: { '/': root },
    returnOnExit: true,
  });
  const instance = await WebAssembly.instantiate(module, {
    wasi_snapshot_preview1: wasi.wasiImport,
  });
  const code = wasi.start(instance);
  if (code !== 0) throw new Error(`tcc ${args.join(' ')} exited ${code}`);
}

/** Builds libtcc1.a (64-bit division/shift helpers, alloca) for i386 with tcc.wasm itself. */
async function buildLibtcc1(wasm, srcDir, work) {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'out'), { recursive: true });
  fs.cpSync(path.join(srcDir, 'include'), path.join(work, 'tcc', 'include'), { recursive: true });
  for (const f of ['libtcc1.c', 'alloca86.S'])
    fs.copyFileSync(path.join(srcDir, 'lib', f), path.join(work, f));
  const module = await WebAssembly.compile(wasm);
  // Only the parts a static, non-bounds-checked program needs: bcheck/backtrace are for tcc -run.
  await runTcc(module, work, ['-c', '/libtcc1.c', '-o', '/out/libtcc1.o']);
  await runTcc(module, work, ['-c', '/alloca86.S', '-o', '/out/alloca86.o']);
  await runTcc(module, work, ['-ar', 'rcs', '/out/libtcc1.a', '/out/libtcc1.o', '/out/alloca86.o']);
  return fs.readFileSync(path.join(work, 'out', 'libtcc1.a'));
}

// ---------------------------------------------------------------- the whole build

const patchDir = path.join(here, 'patches');

/** Our patches to Debian's source (each explains itself in its header), in name order. */
function ourPatches() {
  return fs.existsSync(patchDir)
    ? fs
        .readdirSync(patchDir)
        .filter((f) => f.endsWith('.patch'))
        .sort()
    : [];
}

function applyPatches(srcDir) {
  for (const f of ourPatches()) {
    const r = spawnSync('patch', ['-p1', '--forward', '-d', srcDir, '-i', path.join(patchDir, f)], {
      encoding: 'utf8',
    });
    if (r.error || r.status !== 0)
      throw new Error(`${f}: ${r.error?.message ?? `${r.stdout}${r.stderr}`}`);
  }
}

function recipeHash(expected) {
  const clangPkg = fs.readFileSync(
    path.join(here, '..', '..', 'node_modules', '@yowasp', 'clang', 'package.json'),
  );
  return sha256(
    [
      fs.readFileSync(fileURLToPath(import.meta.url)),
      fs.readFileSync(path.join(here, 'wasi-config.h')),
      JSON.stringify(expected),
      ...ourPatches().map((f) => fs.readFileSync(path.join(patchDir, f))),
      JSON.parse(clangPkg).version,
    ].join('\0'),
  );
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** True when the cache holds a complete build made by this recipe. */
function upToDate(recipe) {
  const rec = readJson(path.join(cacheDir, 'tcc-version.json'));
  const files = ['tcc.wasm', 'tcc-root/lib/libtcc1.a', 'tcc-root/include/stddef.h', 'COPYING'];
  return rec?.recipe === recipe && files.every((f) => fs.existsSync(path.join(cacheDir, f)));
}

function install(staging, outputs) {
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.join(staging, 'tcc-root', 'lib'), { recursive: true });
  fs.cpSync(path.join(outputs.srcDir, 'include'), path.join(staging, 'tcc-root', 'include'), {
    recursive: true,
  });
  fs.writeFileSync(path.join(staging, 'tcc-root', 'lib', 'libtcc1.a'), outputs.libtcc1);
  fs.writeFileSync(path.join(staging, 'tcc.wasm'), outputs.wasm);
  fs.copyFileSync(path.join(outputs.srcDir, 'COPYING'), path.join(staging, 'COPYING'));
  fs.copyFileSync(
    path.join(outputs.srcDir, 'debian', 'copyright'),
    path.join(staging, 'debian-copyright'),
  );
  for (const f of ['tcc-root', 'tcc.wasm', 'COPYING', 'debian-copyright']) {
    fs.rmSync(path.join(cacheDir, f), { recursive: true, force: true });
    fs.renameSync(path.join(staging, f), path.join(cacheDir, f));
  }
  fs.rmSync(staging, { recursive: true, force: true });
  // Written last: its presence with the right recipe marks a complete build.
  fs.writeFileSync(
    path.join(cacheDir, 'tcc-version.json'),
    JSON.stringify(outputs.record, null, 2) + '\n',
  );
}

/** Builds everything unless up to date. Returns the version record. */
export async function makeTccWasm({ force = false } = {}) {
  const expected = JSON.parse(fs.readFileSync(path.join(here, 'tcc-source.json'), 'utf8'));
  const recipe = recipeHash(expected);
  if (!force && upToDate(recipe)) {
    log(`tcc.wasm is up to date (tcc ${expected.version})`);
    return readJson(path.join(cacheDir, 'tcc-version.json'));
  }
  const started = Date.now();
  fs.mkdirSync(cacheDir, { recursive: true });
  const downloads = path.join(cacheDir, 'src');
  const dsc = await fetchSource(expected, path.join(cacheDir, 'apt'), downloads);
  const dscText = fs.readFileSync(dsc, 'utf8');
  const version = dscVersion(dscText);
  const srcDir = path.join(cacheDir, 'work', 'tcc');
  await step(`dpkg-source -x ${path.basename(dsc)}`, () => {
    fs.rmSync(path.dirname(srcDir), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(srcDir), { recursive: true });
    execFileSync('dpkg-source', ['-x', dsc, srcDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  });
  await step(`patch (build/tcc/patches: ${ourPatches().join(', ')})`, () => applyPatches(srcDir));
  const upstream = fs.readFileSync(path.join(srcDir, 'VERSION'), 'utf8').trim();
  const configH = fs
    .readFileSync(path.join(here, 'wasi-config.h'), 'utf8')
    .replace('@TCC_VERSION@', upstream);
  const compiler = await step('clang (@yowasp/clang) --version', clangVersion);
  const wasm = await step(`${compiler}: tcc.c -> tcc.wasm`, () => compileTcc(srcDir, configH));
  const libtcc1 = await step('tcc.wasm lib/libtcc1.c lib/alloca86.S -> libtcc1.a', () =>
    buildLibtcc1(wasm, srcDir, path.join(cacheDir, 'work', 'libtcc1')),
  );
  const record = {
    package: 'tcc',
    version,
    upstreamVersion: upstream,
    dscSha256: sha256(dscText),
    wasmSha256: sha256(wasm),
    wasmBytes: wasm.length,
    compiler,
    builtAt: new Date().toISOString(),
    buildMs: Date.now() - started,
    recipe,
  };
  await step('install into build/tcc/cache', () =>
    install(path.join(cacheDir, 'staging'), { srcDir, wasm, libtcc1, record }),
  );
  if (version !== expected.version) {
    log(`WARNING: built tcc ${version}, but build/tcc/tcc-source.json expects ${expected.version}`);
  }
  log(
    `built tcc.wasm ${wasm.length} bytes from tcc ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return record;
}

function haveDebianTools() {
  return ['apt-get', 'dpkg-source'].every(
    (t) => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0,
  );
}

async function main() {
  if (process.env.SYSCALL_LAB_SKIP_TCC === '1') {
    log('skipped (SYSCALL_LAB_SKIP_TCC=1): the compiler will be missing until this script runs');
    return 0;
  }
  try {
    await makeTccWasm({ force: process.argv.includes('--force') });
    return 0;
  } catch (err) {
    log(err instanceof Error ? err.message : String(err));
    if (!haveDebianTools()) {
      // Not a Debian machine: do not fail `npm install`; the compiler reports itself missing.
      log("apt-get/dpkg-source not found: tcc.wasm is built from Debian's tcc source package.");
      log('Run `node build/tcc/make-tcc-wasm.mjs` on Debian, or copy its build/tcc/cache/ here.');
      return 0;
    }
    log(
      'tcc.wasm was NOT built; fix the step above and re-run `node build/tcc/make-tcc-wasm.mjs`.',
    );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
