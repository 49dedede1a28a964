#!/usr/bin/env node
// `npm start`: the desktop app when the Electron binary is installed, otherwise the same app in
// the browser (an offline lab machine, CI, or an install made with ELECTRON_SKIP_BINARY_DOWNLOAD).
// Extra arguments go to the browser host (`npm start -- --port 8080`); the browser mode opens
// the page in the desktop's browser unless given `--no-open` (it always prints the URL).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/// The Electron executable, or null when the package is present without its binary.
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/// Runs a command with inherited output; resolves with its exit code.
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`start: ${cmd}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function startElectron(binary) {
  const pkgDir = dirname(require.resolve('electron-vite/package.json'));
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['electron-vite'];
  const built = await run(process.execPath, [join(pkgDir, bin), 'build']);
  if (built !== 0) return built;
  return run(binary, [repoRoot]);
}

async function startBrowserMode() {
  console.log(
    "Electron's binary is not installed here; starting Syscall Lab in browser mode instead.",
  );
  const { register } = await import('tsx/esm/api');
  register();
  // serve.ts reads its options from process.argv and opens the page when asked to.
  const args = process.argv.slice(2);
  const open = !args.includes('--no-open');
  process.argv = [
    process.argv[0],
    join(repoRoot, 'electron/host/serve.ts'),
    ...args.filter((a) => a !== '--no-open'),
    ...(open ? ['--open'] : []),
  ];
  await import(new URL('../electron/host/serve.ts', import.meta.url).href);
  return 0;
}

const binary = electronBinary();
const code = binary ? await startElectron(binary) : await startBrowserMode();
if (code !== 0) process.exit(code);
