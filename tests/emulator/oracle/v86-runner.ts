import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SerialStep } from '../../support/qemu.ts';

/// What a v86 run produced (same meaning as QemuResult's fields).
export interface V86Result {
  readonly serial: Uint8Array;
  readonly text: string;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
}

const child = fileURLToPath(new URL('./v86-child.mjs', import.meta.url));

/// Boots a multiboot kernel on v86 (no BIOS) in a child process; see v86-child.mjs for why.
export function runV86(
  kernel: string,
  options: {
    input?: readonly SerialStep[];
    memoryMiB?: number;
    timeoutMs?: number;
    cmdline?: string;
  } = {},
): Promise<V86Result> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const args = [child, kernel, String(options.memoryMiB ?? 32), String(timeoutMs)];
  args.push(JSON.stringify(options.input ?? []), options.cmdline ?? '');
  return new Promise((resolve, reject) => {
    execFile(
      'node',
      args,
      { timeout: timeoutMs + 10_000, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (!line) {
          reject(
            new Error(`${kernel}: v86 child printed no result (${err?.message ?? ''})\n${stderr}`),
          );
          return;
        }
        const r = JSON.parse(line) as {
          serial: string;
          exitCode: number | null;
          timedOut: boolean;
        };
        const serial = new Uint8Array(Buffer.from(r.serial, 'base64'));
        resolve({
          serial,
          text: Buffer.from(serial).toString('latin1'),
          exitCode: r.exitCode,
          timedOut: r.timedOut,
        });
      },
    );
  });
}
