// The lab kernel for the boot-to-prompt benchmark: kernel/ built by the app's own toolchain
// (`syscall-lab build`), and QEMU's time to the same shell prompt on the same vmlinux and
// initramfs.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROMPT } from './emulator-ours.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/// Paths of the built lab kernel.
export interface LabKernel {
  readonly vmlinux: string;
  readonly initrd: string;
}

/// Builds kernel/ into `out` with the app's build command.
export function buildLabKernel(out: string): LabKernel {
  const cli = join(root, 'bin', 'syscall-lab.mjs');
  execFileSync('node', [cli, 'build', '--tree', join(root, 'kernel'), '--out', out], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  return { vmlinux: join(out, 'vmlinux'), initrd: join(out, 'usr', 'initramfs.cpio') };
}

/// Milliseconds from starting qemu-system-i386 (TCG) to the shell prompt on its serial port.
export function qemuBootToPrompt(k: LabKernel): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const args = ['-kernel', k.vmlinux, '-initrd', k.initrd, '-append', 'console=ttyS0'];
    const child = spawn('qemu-system-i386', [
      ...args,
      ...['-m', '64', '-serial', 'stdio', '-display', 'none', '-monitor', 'none'],
      ...['-nodefaults', '-no-reboot'],
    ]);
    let text = '';
    let ms = 0;
    const timer = setTimeout(() => child.kill(), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      text = (text + chunk.toString('latin1')).slice(-64);
      if (ms || !PROMPT.test(text)) return;
      ms = performance.now() - t0;
      child.kill();
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      if (ms) resolve(ms);
      else reject(new Error(`QEMU printed no shell prompt (last output ${JSON.stringify(text)})`));
    });
  });
}
