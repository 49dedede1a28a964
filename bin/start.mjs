#!/usr/bin/env node
// `npm start`: the desktop app when the Electron binary is installed, otherwise the same app in
// the browser (an offline lab machine, CI, or an install made with ELECTRON_SKIP_BINARY_DOWNLOAD).
// Extra arguments go to the browser host (`npm start -- --port 8080`); the browser mode opens
// the page in the desktop's browser unless given `--no-open` (it always prints the URL).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { binOf, repoRoot, run } from './lib/tools.mjs';

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

async function startElectron(binary) {
  const built = await run('start', process.execPath, [
    binOf('electron-vite', 'electron-vite'),
    'build',
  ]);
  if (built !== 0) return built;
  return run('start', binary, [repoRoot]);
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
