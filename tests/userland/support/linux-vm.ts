// A real Linux (Debian's amd64 cloud kernel, fetched by fetch-linux.sh) booted under QEMU with
// our initramfs, driven over its serial console like a person at a terminal: wait for text,
// then type. The oracle for init and the shell as they run on a kernel.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/// Where fetch-linux.sh puts the kernel.
export const LINUX_KERNEL = fileURLToPath(new URL('../.linux/vmlinuz', import.meta.url));

/// True when the kernel is there; otherwise skips locally and fails in CI, like an oracle.
export function linuxAvailable(): boolean {
  if (existsSync(LINUX_KERNEL)) return true;
  const why = `real-Linux oracle missing: run sh tests/userland/support/fetch-linux.sh`;
  if (process.env.CI === 'true') throw new Error(why);
  console.warn(`skipping: ${why}`);
  return false;
}

/// A booted machine whose console is this object.
export class SerialSession {
  private text = '';
  private from = 0;
  private waiter: (() => void) | undefined;
  private readonly done: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => {
      this.text += d.toString('latin1');
      this.waiter?.();
    });
    // 'close', not 'exit': the process can be gone while its last output is still in the pipe.
    this.done = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  }

  /// Boots `kernel` with `initrd` as its initramfs and `/sbin/init` as process 1.
  static boot(kernel: string, initrd: string): SerialSession {
    const args = [
      '-accel',
      'tcg',
      '-cpu',
      'max',
      '-m',
      '256',
      '-kernel',
      kernel,
      '-initrd',
      initrd,
    ];
    args.push('-append', 'console=ttyS0 rdinit=/sbin/init quiet panic=-1');
    args.push(
      '-serial',
      'stdio',
      '-display',
      'none',
      '-monitor',
      'none',
      '-no-reboot',
      '-nodefaults',
    );
    return SerialSession.spawn('qemu-system-x86_64', args);
  }

  /// Any machine whose console is its standard input and output.
  static spawn(command: string, args: readonly string[]): SerialSession {
    return new SerialSession(spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /// Everything the console has shown so far.
  get output(): string {
    return this.text;
  }

  /// Waits until `pattern` appears after the previous match; returns the text up to its end.
  expect(pattern: string | RegExp, timeoutMs = 30_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(
          new Error(
            `timed out waiting for ${String(pattern)}; console:\n${this.text.slice(-2000)}`,
          ),
        );
      }, timeoutMs);
      const check = (): void => {
        const rest = this.text.slice(this.from);
        const m =
          typeof pattern === 'string'
            ? { index: rest.indexOf(pattern), len: pattern.length }
            : null;
        const r = typeof pattern === 'string' ? null : pattern.exec(rest);
        const index = m ? m.index : (r?.index ?? -1);
        if (index < 0) return;
        const end = this.from + index + (m ? m.len : r![0].length);
        const seen = this.text.slice(this.from, end);
        this.from = end;
        this.waiter = undefined;
        clearTimeout(timer);
        resolve(seen);
      };
      this.waiter = check;
      check();
    });
  }

  /// Types `keys` on the console.
  send(keys: string): void {
    this.child.stdin?.write(keys);
  }

  /// Waits for QEMU to exit (the guest powered off); kills it after timeoutMs.
  async exit(timeoutMs = 30_000): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.done;
    clearTimeout(timer);
    return code;
  }

  /// Stops the machine at once (after a failure).
  kill(): void {
    this.child.kill('SIGKILL');
  }
}
