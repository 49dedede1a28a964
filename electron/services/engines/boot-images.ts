// The hand-over from the build service to the machine service: after a successful build, the
// boot images (vmlinux, initramfs.cpio, System.map) are copied to `boot/` in the output folder.
// The runner rewrites its own outputs in place, and a failed link can leave a stale vmlinux
// beside fresh objects; `boot/` only ever holds the last build that succeeded, so Boot always
// starts that one, even after the app restarts.
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildArtifact } from '../../ipc/lab-api.ts';
import { LabError } from '../../ipc/lab-errors.ts';
import { TEMP_PREFIX } from '../atomic-write.ts';

/// The folder under the output directory holding the last good build's images.
export const BOOT_DIR = 'boot';

/// Artifact names, as the API reports them and as the files are called in `boot/`.
export const BOOT_FILES = {
  vmlinux: 'vmlinux',
  initramfs: 'initramfs.cpio',
  systemMap: 'System.map',
} as const;

/// Where the runner left its outputs (the runner's `BuildResult.outputs`).
export interface RunnerOutputs {
  readonly vmlinux: string;
  readonly systemMap: string;
  readonly initramfs: string | null;
}

/// The images the machine boots.
export interface BootImages {
  readonly kernel: Uint8Array;
  /// Absent when no build has produced an initramfs yet (a kernel-only build).
  readonly initramfs: Uint8Array | null;
}

/// Copies a successful build's outputs into `outputDir/boot/` and returns them as artifacts.
/// Each file is copied to a temporary name and renamed over the old one, so a boot never reads a
/// half-written image; there is no fsync: the images can always be rebuilt, and syncing 3 MB on
/// every build would cost the learner's loop more than the build itself. A kernel-only build
/// keeps the initramfs published earlier.
export async function publishBootImages(
  outputDir: string,
  outputs: RunnerOutputs,
): Promise<BuildArtifact[]> {
  const dir = join(outputDir, BOOT_DIR);
  await mkdir(dir, { recursive: true });
  const sources: [string, string | null][] = [
    [BOOT_FILES.vmlinux, outputs.vmlinux],
    [BOOT_FILES.systemMap, outputs.systemMap],
    [BOOT_FILES.initramfs, outputs.initramfs],
  ];
  const artifacts: BuildArtifact[] = [];
  for (const [name, source] of sources) {
    const target = join(dir, name);
    if (source && (await sizeIfPresent(source)) !== null) {
      const temp = join(dir, `${TEMP_PREFIX}${name}`);
      await copyFile(source, temp);
      await rename(temp, target);
    }
    const size = await sizeIfPresent(target);
    if (size !== null) artifacts.push({ name, size });
  }
  return artifacts;
}

/// Reads the last good build's images; rejects with a clear `not-found` when there is none.
export async function readBootImages(outputDir: string): Promise<BootImages> {
  const dir = join(outputDir, BOOT_DIR);
  const kernel = await readIfPresent(join(dir, BOOT_FILES.vmlinux));
  if (!kernel) {
    throw new LabError(
      'not-found',
      'no kernel has been built yet: press Build, and Boot once it succeeds',
      'machine',
    );
  }
  return { kernel, initramfs: await readIfPresent(join(dir, BOOT_FILES.initramfs)) };
}

async function readIfPresent(file: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

async function sizeIfPresent(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}
