// The machine service against the real emulator in its worker thread. With a kernel built from a
// temporary copy of kernel/ by the real pipeline: the banner, the shell prompt, typed input
// echoed and answered, stop. With tiny hand-assembled kernels: a guest spinning forever leaves
// this thread free, an exit byte is reported, a triple fault is a 'crashed' status with reason.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildService } from '../../../electron/services/build-service.ts';
import { BOOT_DIR } from '../../../electron/services/engines/boot-images.ts';
import { MachineService } from '../../../electron/services/machine-service.ts';
import { copyKernelTree, scratch, type Scratch } from '../../support/kernel-build.ts';
import { recordingContext, serialText, type RecordingContext } from './engine-events.ts';
import { EXIT_CODE, SPIN_CODE, tinyKernel, tripleFaultCode } from './tiny-kernels.ts';

const PROMPT = '# ';

/// Waits until the serial transcript (from character `from`) contains `text`.
async function serialWaitFor(ctx: RecordingContext, text: string, from = 0, ms = 30_000) {
  const end = Date.now() + ms;
  while (!serialText(ctx).slice(from).includes(text)) {
    if (Date.now() > end) {
      throw new Error(`no '${text}' on the console; it shows:\n${serialText(ctx).slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('machine service booting the built kernel', () => {
  let tmp: Scratch;
  let ctx: RecordingContext;
  let machine: MachineService;

  beforeAll(async () => {
    tmp = scratch('machine-service');
    copyKernelTree(join(tmp.dir, 'tree'));
    ctx = recordingContext(join(tmp.dir, 'tree'), join(tmp.dir, 'build-out'));
    const builder = new BuildService(ctx);
    const { buildId } = await builder.start({});
    const done = await ctx.waitFor('build:finished', (f) => f.buildId === buildId, 120_000);
    await builder.close();
    if (!done.ok) throw new Error('the kernel tree did not build');
    machine = new MachineService(ctx);
  }, 180_000);
  afterAll(async () => {
    await machine?.close();
    tmp?.dispose();
  });

  it('refuses input before a boot', async () => {
    await expect(machine.serialInput({ text: 'x' })).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('boots to the banner and the shell prompt', async () => {
    const status = await machine.boot({});
    expect(status.state).toBe('booting');
    expect(status.message).toContain('console=ttyS0');
    await serialWaitFor(ctx, 'Linux version 2.6.33-lab');
    await serialWaitFor(ctx, PROMPT);
    expect((await machine.status()).state).toBe('running');
    // Output arrives in batches, not a message per byte.
    expect(ctx.of('machine:serial').length).toBeLessThan(serialText(ctx).length / 4);
  }, 60_000);

  it('echoes typed input and answers commands', async () => {
    const from = serialText(ctx).length;
    await machine.serialInput({ text: 'echo hi\r' });
    await serialWaitFor(ctx, 'echo hi', from);
    await serialWaitFor(ctx, `hi\r\n`, from + 'echo hi'.length);
    const after = serialText(ctx).length;
    await machine.serialInput({ text: 'uname -a\r' });
    await serialWaitFor(ctx, 'Linux', after + 'uname -a'.length);
    await serialWaitFor(ctx, PROMPT, after);
  }, 60_000);

  it('stops', async () => {
    const status = await machine.stop();
    expect(status.state).toBe('stopped');
    expect(machine.session()).toBeNull();
    await expect(machine.serialInput({ text: 'x' })).rejects.toMatchObject({ code: 'bad-request' });
  });
});

describe('machine service lifecycle on tiny kernels', () => {
  let tmp: Scratch;
  let ctx: RecordingContext;
  let machine: MachineService;

  async function bootTiny(code: readonly number[]) {
    await mkdir(join(ctx.outputDir, BOOT_DIR), { recursive: true });
    await writeFile(join(ctx.outputDir, BOOT_DIR, 'vmlinux'), tinyKernel(code));
    return machine.boot({ memoryMiB: 8 });
  }

  beforeAll(() => {
    tmp = scratch('machine-tiny');
    ctx = recordingContext(join(tmp.dir, 'tree'), join(tmp.dir, 'out'));
    machine = new MachineService(ctx);
  });
  afterAll(async () => {
    await machine?.close();
    tmp?.dispose();
  });

  it('says to build first when there is no kernel', async () => {
    await expect(machine.boot({})).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps this thread free while the guest spins forever, and stops it', async () => {
    await bootTiny(SPIN_CODE);
    await ctx.waitFor('machine:status', (s) => s.state === 'running', 30_000);
    let ticks = 0;
    const end = Date.now() + 300;
    while (Date.now() < end) {
      await new Promise((r) => setImmediate(r));
      ticks++;
    }
    expect(ticks).toBeGreaterThan(10);
    expect((await machine.status()).state).toBe('running');
    await machine.serialInput({ text: 'still there?' });
    expect((await machine.stop()).state).toBe('stopped');
  }, 60_000);

  it('reports the exit byte', async () => {
    const from = ctx.events.length;
    await bootTiny(EXIT_CODE);
    const status = await ctx.waitFor('machine:status', (s) => s.state === 'exited', 30_000, from);
    expect(status.exitCode).toBe(42);
    expect(machine.session()).toBeNull();
  }, 60_000);

  it('reports a triple fault as crashed, with the reason', async () => {
    const from = ctx.events.length;
    await bootTiny(tripleFaultCode());
    const status = await ctx.waitFor('machine:status', (s) => s.state === 'crashed', 30_000, from);
    expect(status.message).toMatch(/triple fault/i);
  }, 60_000);

  it('replaces a running machine on boot, and only the new one reports', async () => {
    await bootTiny(SPIN_CODE);
    const first = machine.session();
    await bootTiny(SPIN_CODE);
    expect(first?.isClosed).toBe(true);
    expect(machine.session()).not.toBe(first);
    await machine.stop();
  }, 60_000);

  it('reports a kernel that is not an image as crashed with the loader message', async () => {
    const from = ctx.events.length;
    await writeFile(join(ctx.outputDir, BOOT_DIR, 'vmlinux'), new Uint8Array(64));
    await machine.boot({});
    const status = await ctx.waitFor('machine:status', (s) => s.state === 'crashed', 30_000, from);
    expect(status.message).toMatch(/ELF|multiboot/);
  }, 60_000);
});
