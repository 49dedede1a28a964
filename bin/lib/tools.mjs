// What the npm scripts in bin/ share: running the project's own tools from node_modules.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/// The repository's root folder.
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const require = createRequire(import.meta.url);

/// The path of package `name`'s command `bin` (its package.json's "bin").
export function binOf(name, bin) {
  const pkgDir = dirname(require.resolve(`${name}/package.json`));
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  return join(pkgDir, typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[bin]);
}

/// Runs a command in the repository with inherited output; resolves with its exit code (1 when
/// it could not start, after a message prefixed with `label`).
export function run(label, cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`${label}: ${cmd}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
