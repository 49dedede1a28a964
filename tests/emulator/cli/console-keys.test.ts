// The keys `syscall-lab run` answers on a raw terminal (Ctrl-A x quits, Ctrl-A h helps, Ctrl-A
// Ctrl-A sends Ctrl-A), and the stdin console around them: raw mode on a terminal only, restored
// when the run stops, bytes passed through unchanged from a pipe.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ConsoleKeys } from '../../../emulator/cli/console-keys.ts';
import { StdinConsole } from '../../../emulator/cli/stdin-console.ts';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('Ctrl-A console keys', () => {
  it('passes ordinary keys, Ctrl-C included, to the guest', () => {
    const r = new ConsoleKeys().feed(bytes('ls\r\x03'));
    expect(text(r.guest)).toBe('ls\r\x03');
    expect(r.commands).toEqual([]);
  });

  it('quits on Ctrl-A x, even when the two keys arrive in separate chunks', () => {
    const keys = new ConsoleKeys();
    expect(text(keys.feed(bytes('ab\x01')).guest)).toBe('ab');
    const r = keys.feed(bytes('xzz'));
    expect(r.commands).toEqual(['quit']);
    expect(text(r.guest)).toBe('');
  });

  it('helps on Ctrl-A h, sends one Ctrl-A for two, and swallows an unknown command', () => {
    const r = new ConsoleKeys().feed(bytes('\x01h1\x01\x012\x01q3'));
    expect(r.commands).toEqual(['help']);
    expect(text(r.guest)).toBe('1\x012' + '3');
  });
});

/// A stand-in stdin: a terminal or a pipe.
class FakeInput extends EventEmitter {
  raw: boolean[] = [];
  paused = true;
  constructor(readonly isTTY: boolean) {
    super();
  }
  setRawMode(on: boolean) {
    this.raw.push(on);
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
}

function consoleOn(tty: boolean) {
  const input = new FakeInput(tty);
  const sent: string[] = [];
  const quits: [number, string][] = [];
  const log: string[] = [];
  const c = new StdinConsole(
    (b) => sent.push(text(b)),
    (status, message) => quits.push([status, message]),
    input as never,
    (line) => log.push(line),
  );
  return { c, input, sent, quits, log };
}

describe('stdin console', () => {
  it('puts a terminal in raw mode, announces the keys, and restores it when stopped', () => {
    const { c, input, sent, quits, log } = consoleOn(true);
    c.start();
    expect(input.raw).toEqual([true]);
    expect(log[0]).toMatch(/raw mode.*Ctrl-A x quits/);
    input.emit('data', Buffer.from('hi\r\x01'));
    input.emit('data', Buffer.from('x'));
    expect(sent).toEqual(['hi\r']);
    expect(quits).toEqual([[0, 'quit (Ctrl-A x)']]);
    c.stop();
    c.stop();
    expect(input.raw).toEqual([true, false]);
    expect(input.paused).toBe(true);
    input.emit('data', Buffer.from('late'));
    expect(sent).toEqual(['hi\r']);
  });

  it('passes a pipe through byte for byte, Ctrl-A and all, without touching its mode', () => {
    const { c, input, sent, quits, log } = consoleOn(false);
    c.start();
    expect(input.paused).toBe(false);
    input.emit('data', Buffer.from('\x01x\x00\xff', 'latin1'));
    input.emit('end');
    expect(sent).toEqual(['\x01x\x00\xff']);
    expect(quits).toEqual([]);
    expect(input.raw).toEqual([]);
    expect(log).toEqual([]);
    c.stop();
  });
});
