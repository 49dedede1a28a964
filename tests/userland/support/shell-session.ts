// The scripted session every kernel that runs our initramfs must pass (real Linux as the oracle,
// then the teaching kernel): typed commands, a ^C of a foreground job, an orphan, and power-off.

import { expect } from 'vitest';
import type { SerialSession } from './linux-vm.ts';

/// The shell's prompt in /root as root.
export const PROMPT = '/root # ';

/// Types a command line and returns what it printed before the next prompt (\r removed).
export async function command(vm: SerialSession, line: string): Promise<string> {
  vm.send(`${line}\r`);
  await vm.expect(line); // the shell's own echo of what was typed...
  await vm.expect('\n'); // ...and of the Enter key
  return (await vm.expect(PROMPT)).slice(0, -PROMPT.length).replace(/\r/g, '');
}

/// Runs the session on a machine that has just been started; leaves it powering off. `extra`
/// runs right after the first prompt (checks that only one kind of kernel can pass).
export async function standardSession(
  vm: SerialSession,
  bootMs: number,
  extra?: (vm: SerialSession) => Promise<void>,
): Promise<void> {
  await vm.expect(PROMPT, bootMs);
  await extra?.(vm);
  expect(await command(vm, 'echo hello from init')).toBe('hello from init\n');
  expect(await command(vm, 'echo one two three | wc -w')).toMatch(/^ +3\n$/);
  expect(await command(vm, 'ls /bin | grep -c sh')).toBe('1\n');
  expect(await command(vm, 'ps | grep -c " 1 S    sh"')).toBe('1\n'); // the shell is init's child
  const files = 'mkdir /tmp/d && echo x > /tmp/d/f && cat /tmp/d/f; rm -r /tmp/d; ls /tmp';
  expect(await command(vm, files)).toBe('x\n');
  expect(await command(vm, 'nosuch; echo $?')).toBe('sh: nosuch: command not found\n127\n');
  expect(await command(vm, 'cat < /no/such; echo $?')).toBe(
    'sh: /no/such: No such file or directory\n1\n',
  );

  // ^C: the terminal sends SIGINT to the foreground job (sleep), never to the shell. The exec of
  // sleep follows the echo by a moment we cannot see, so ^C is repeated until it lands.
  vm.send('echo started; sleep 30; echo after $?\r');
  await vm.expect('started\r\n');
  for (let tries = 0; tries < 20 && !/after \d+/.test(vm.output); tries++) {
    await new Promise((r) => setTimeout(r, 500));
    vm.send('\x03');
  }
  await vm.expect('after 130');
  await vm.expect(PROMPT);

  // An orphan: its parent exits at once, init adopts it and reaps it when it ends.
  expect(await command(vm, 'sh -c "sleep 1 &" ; sleep 2; ps | grep -c sleep')).toBe('0\n');

  vm.send('exit\r');
  await vm.expect('init: the shell has exited, powering off');
}
