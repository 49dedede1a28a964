import { describe, expect, it } from 'vitest';
import { MachineRunner } from '../../../emulator/host/machine-runner.ts';
import { NodeMachineHost } from '../../../emulator/host/node-worker.ts';
import type { HostMessage, MachineMessage } from '../../../emulator/host/protocol.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest } from '../support/guest.ts';

const ok = oracleAvailable('gcc', 'ld');

// Prints "tick" then spins forever incrementing EBX, so pause/step can observe progress.
const SPIN = `
main:
  mov $msg, %esi
  call puts
1:inc %ebx
  jmp 1b
  .data
msg: .asciz "tick"
`;

/// An in-process channel: the runner's port plus a log of what it sent.
function channel() {
  const sent: MachineMessage[] = [];
  let deliver: (m: HostMessage) => void = () => {};
  new MachineRunner({ post: (m) => sent.push(m), onMessage: (fn) => (deliver = fn) });
  return { sent, send: (m: HostMessage) => deliver(m) };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe.skipIf(!ok)('machine runner protocol', () => {
  const kernel = buildGuest(SPIN);

  it('boots, streams serial output, pauses, single-steps and snapshots', async () => {
    const { sent, send } = channel();
    send({ type: 'boot', kernel, config: { memoryBytes: 8 << 20 } });
    await tick();
    send({ type: 'pause' });
    const out = sent
      .filter((m) => m.type === 'serial-out')
      .map((m) => new TextDecoder().decode((m as { bytes: Uint8Array }).bytes));
    expect(out.join('')).toBe('tick');
    const paused = sent.findLast((m) => m.type === 'state');
    expect(paused).toMatchObject({ running: false, reason: 'paused' });
    send({ type: 'step', count: 2 });
    const s1 = sent.findLast((m) => m.type === 'stepped') as Extract<
      MachineMessage,
      { type: 'stepped' }
    >;
    send({ type: 'step', count: 2 });
    const s2 = sent.findLast((m) => m.type === 'stepped') as Extract<
      MachineMessage,
      { type: 'stepped' }
    >;
    expect(s2.cpu.icount - s1.cpu.icount).toBe(2);
    expect(s2.cpu.regs[3] - s1.cpu.regs[3]).toBe(1);
    send({ type: 'snapshot', id: 7 });
    expect(sent.findLast((m) => m.type === 'snapshot')).toMatchObject({ id: 7 });
  });

  it('answers a request before boot with an error message, not an exception', () => {
    const { sent, send } = channel();
    send({ type: 'step' });
    expect(sent).toEqual([{ type: 'error', message: "'step' before 'boot'" }]);
  });

  it('warms up on a throwaway machine that leaves nothing behind', () => {
    const { sent, send } = channel();
    send({ type: 'warm-up', kernel, config: { memoryBytes: 8 << 20 }, instructions: 10_000 });
    send({ type: 'warm-up', kernel: new Uint8Array(100), instructions: 10_000 });
    // Neither the guest's output nor the bad image's failure is anyone's business...
    expect(sent).toEqual([]);
    // ...and there is still no machine to step.
    send({ type: 'step' });
    expect(sent).toEqual([{ type: 'error', message: "'step' before 'boot'" }]);
  });

  it('reports a bad kernel image as an error', () => {
    const { sent, send } = channel();
    send({ type: 'boot', kernel: new Uint8Array(100) });
    expect(sent[0]).toMatchObject({ type: 'error' });
    expect((sent[0] as { message: string }).message).toMatch(/no multiboot header/);
  });

  it('runs the same protocol in a Node worker thread', async () => {
    const host = new NodeMachineHost();
    const got: MachineMessage[] = [];
    const exited = new Promise<void>((resolve) =>
      host.onMessage((m) => {
        got.push(m);
        if (m.type === 'exit') resolve();
      }),
    );
    host.post({
      type: 'boot',
      kernel: buildGuest('main:\n  mov $3, %al\n  jmp exit\n'),
      config: { memoryBytes: 8 << 20 },
    });
    await exited;
    await host.terminate();
    expect(got.find((m) => m.type === 'exit')).toEqual({ type: 'exit', code: 3 });
  });
});
