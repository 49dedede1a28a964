#!/usr/bin/env node
// `npm run dist`: electron-vite build, then electron-builder's dir target (the unpacked app in
// dist/<platform>-unpacked, electron-builder.yml). Offline it packs the Electron that the
// electron package's postinstall unpacked in node_modules/electron/dist (or the one
// ELECTRON_OVERRIDE_DIST_PATH names, as for `electron` itself); without one it says so and leaves
// electron-builder to download Electron, which needs the network.
// Extra arguments go to electron-builder (`npm run dist -- -c.electronDist=/opt/electron`);
// `--dry-run` prints the two commands instead of running them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { binOf, repoRoot, run } from './lib/tools.mjs';

const require = createRequire(import.meta.url);

/// The unpacked Electron to pack: { dir } when its executable is there, else { missing, version }.
function electronDist() {
  const pkgDir = dirname(require.resolve('electron/package.json'));
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const dir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist');
  // path.txt names the executable inside dist (electron, electron.exe, Electron.app/...).
  const pathFile = join(pkgDir, 'path.txt');
  const exe = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  return existsSync(join(dir, exe)) ? { dir, version } : { missing: join(dir, exe), version };
}

/// `path` relative to the repository when it is inside it, else as given.
function shown(path) {
  const rel = relative(repoRoot, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

async function main(args) {
  const dryRun = args.includes('--dry-run');
  const extra = args.filter((a) => a !== '--dry-run');
  if (!existsSync(join(repoRoot, 'build/tcc/cache/tcc.wasm'))) {
    console.error(
      'dist: build/tcc/cache/tcc.wasm is missing: the packaged app ships it. `npm install` builds ' +
        'it (postinstall: build/tcc/make-tcc-wasm.mjs, on Debian or Ubuntu).',
    );
    return 1;
  }
  const builderArgs = ['--dir', ...extra];
  if (!extra.some((a) => a.startsWith('-c.electronDist') || a.startsWith('--c.electronDist'))) {
    const electron = electronDist();
    if (electron.dir) builderArgs.push(`-c.electronDist=${electron.dir}`);
    else
      console.warn(
        `dist: no unpacked Electron at ${shown(electron.missing)} ` +
          '(its download was skipped, e.g. ELECTRON_SKIP_BINARY_DOWNLOAD, or failed offline). ' +
          `electron-builder will now fetch Electron ${electron.version}: it needs the network, ` +
          "unless Electron's download cache already holds it. Offline: " +
          '`node node_modules/electron/install.js` once with network, or ' +
          'pass one with `npm run dist -- -c.electronDist=<unpacked Electron folder>`.',
      );
  }
  const commands = [
    [process.execPath, [binOf('electron-vite', 'electron-vite'), 'build']],
    [process.execPath, [binOf('electron-builder', 'electron-builder'), ...builderArgs]],
  ];
  for (const [cmd, cmdArgs] of commands) {
    if (dryRun) {
      console.log([cmd, ...cmdArgs].join(' '));
      continue;
    }
    const code = await run('dist', cmd, cmdArgs);
    if (code !== 0) return code;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
