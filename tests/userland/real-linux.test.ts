// Our initramfs as the root file system of a real Linux kernel under QEMU: init runs as process
// 1 on the serial console, the shell takes typed commands, ^C reaches only the foreground job,
// and leaving the shell powers the machine off. The same session later runs on our kernel.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { oracleAvailable } from '../support/oracle.ts';
import { LINUX_KERNEL, SerialSession, linuxAvailable } from './support/linux-vm.ts';
import { buildUserTree, type UserTree } from './support/tree.ts';

const ok = oracleAvailable('gcc', 'make', 'qemu-system-x86_64') && linuxAvailable();
const PROMPT = '/root # ';

describe.skipIf(!ok)('userland on a real Linux kernel (QEMU)', () => {
  let tree: UserTree;
  let vm: SerialSession | undefined;

  beforeAll(() => {
    tree = buildUserTree();
  });

  afterEach(() => vm?.kill());

  /// Types a command line and returns what it printed before the next prompt.
  async function command(line: string): Promise<string> {
    vm!.send(`${line}\r`);
    await vm!.expect(line); // the shell's own echo of what was typed...
    await vm!.expect('\n'); // ...and of the Enter key
    return (await vm!.expect(PROMPT)).slice(0, -PROMPT.length).replace(/\r/g, '');
  }

  it('boots to the prompt, runs commands, interrupts a job, powers off on exit', async () => {
    vm = SerialSession.boot(LINUX_KERNEL, path.join(tree.root, 'usr/initramfs.cpio'));
    await vm.expect(PROMPT, 90_000);
    expect(await command('echo hello from init')).toBe('hello from init\n');
    expect(await command('echo one two three | wc -w')).toMatch(/^ +3\n$/);
    expect(await command('ls /bin | grep -c sh')).toBe('1\n');
    expect(await command('ps | grep -c " 1 S    sh"')).toBe('1\n'); // the shell is init's child
    expect(
      await command('mkdir /tmp/d && echo x > /tmp/d/f && cat /tmp/d/f; rm -r /tmp/d; ls /tmp'),
    ).toBe('x\n');
    expect(await command('nosuch; echo $?')).toBe('sh: nosuch: command not found\n127\n');

    // ^C: the terminal sends SIGINT to the foreground job (sleep), never to the shell.
    vm.send('echo started; sleep 30; echo after $?\r');
    await vm.expect('started\r\n');
    for (let tries = 0; tries < 10; tries++) {
      await new Promise((r) => setTimeout(r, 500)); // sleep's exec follows the echo
      vm.send('\x03');
      if (/after 130/.test(vm.output)) break;
    }
    await vm.expect('after 130');
    await vm.expect(PROMPT);

    // An orphan: its parent exits at once, init adopts and reaps it.
    expect(await command('sh -c "sleep 1 &" ; sleep 2; ps | grep -c sleep')).toBe('0\n');

    vm.send('exit\r');
    await vm.expect('init: the shell has exited, powering off');
    expect(await vm.exit()).toBe(0);
  });
});
