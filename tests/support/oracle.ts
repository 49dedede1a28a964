import { execFileSync } from 'node:child_process';

/// True when `cmd` can be found on PATH.
export function haveTool(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/// Decides whether an oracle test can run. Returns true when every tool is present. When one is
/// missing it returns false (so the caller can `describe.skipIf(!ok)`) and prints why, except in CI
/// (`CI=true`), where a missing oracle is a failure: CI must never skip an oracle.
export function oracleAvailable(...tools: string[]): boolean {
  const missing = tools.filter((t) => !haveTool(t));
  if (missing.length === 0) return true;
  const why = `oracle missing: ${missing.join(', ')} (install the Debian packages .ci/run installs)`;
  if (process.env.CI === 'true') throw new Error(`${why}; CI must run every oracle test`);
  console.warn(`skipping: ${why}`);
  return false;
}
