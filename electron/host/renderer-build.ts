// Keeps the built renderer in step with its sources for the browser host: builds it when it is
// missing or older than any source file, so `npm run serve` after a `git pull` shows the new UI.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/// Folders whose files end up in the renderer bundle.
const SOURCE_DIRS = ['renderer', 'electron/ipc'];

/// True when `outDir/index.html` is missing or older than the newest source under `repoRoot`.
export async function rendererIsStale(repoRoot: string, outDir: string): Promise<boolean> {
  const built = await stat(join(outDir, 'index.html')).catch(() => null);
  if (!built) return true;
  for (const dir of SOURCE_DIRS) {
    if ((await newestMtime(join(repoRoot, dir))) > built.mtimeMs) return true;
  }
  return false;
}

/// Builds the renderer with its Vite config (the same as `npm run build:renderer`).
export async function buildRenderer(repoRoot: string): Promise<void> {
  const vite = await import('vite');
  await vite.build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const st = await stat(join(e.parentPath, e.name)).catch(() => null);
    if (st && st.mtimeMs > newest) newest = st.mtimeMs;
  }
  return newest;
}
