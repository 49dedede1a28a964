// The scripted session every kernel that runs our initramfs must pass (real Linux as the oracle,
// then the teaching kernel): typed commands, a ^C of a foreground job (also one typed right after
// Enter), an orphan, and power-off.

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

  // ^C: the terminal sends SIGINT to the foreground job (sleep), never to the shell. One that
  // lands while echo still runs stops echo instead, so ^C is repeated until sleep has gone; the
  // output is checked right before each ^C, or a spare one would abandon the next line.
  vm.send('echo started; sleep 30; echo after $?\r');
  await vm.expect('started\r\n');
  for (let tries = 0; tries < 20; tries++) {
    await new Promise((r) => setTimeout(r, 500));
    if (/after \d+/.test(vm.output)) break;
    vm.send('\x03');
  }
  await vm.expect('after 130');
  await vm.expect(PROMPT);

  // ^C typed the moment the shell has echoed Enter: the line editor may still be in raw mode
  // and the job may not have the terminal yet; the ^C must still stop the job, not be lost
  // (sleep would then run its 5 s and $? be 0) nor abandon the next line.
  vm.send('sleep 5\r');
  await vm.expect('sleep 5');
  await vm.expect('\n');
  vm.send('\x03');
  await vm.expect(PROMPT);
  expect(await command(vm, 'echo status $?')).toBe('status 130\n');
  // ^C in the same burst as the Enter: it flushes what the shell has not read yet (the line is
  // then abandoned and $? stays 1) or stops sleep (130); it is never a stray byte that lets
  // sleep run out (0) and then eats the next line.
  expect(await command(vm, 'false')).toBe('');
  vm.send('sleep 5\r\x03');
  await vm.expect(PROMPT);
  expect(await command(vm, 'echo status $?')).toMatch(/^status (1|130)\n$/);

  // An orphan: its parent exits at once, init adopts it and reaps it when it ends.
  expect(await command(vm, 'sh -c "sleep 1 &" ; sleep 2; ps | grep -c sleep')).toBe('0\n');

  vm.send('exit\r');
  await vm.expect('init: the shell has exited, powering off');
}
