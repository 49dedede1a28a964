import { describe, expect, it } from 'vitest';
import { labMethodNames } from '../../../electron/ipc/lab-api.ts';
import { LabError } from '../../../electron/ipc/lab-errors.ts';
import {
  checkIpcSender,
  checkSocketClient,
  PARAM_CHECKS,
  validateRequest,
} from '../../../electron/ipc/validate.ts';

function refusal(fn: () => unknown): LabError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(LabError);
    return err as LabError;
  }
  throw new Error('expected a refusal');
}

describe('validateRequest', () => {
  it('has a check for every API method', () => {
    expect(Object.keys(PARAM_CHECKS).sort()).toEqual(labMethodNames().sort());
  });

  it('accepts well-formed calls and returns their params', () => {
    expect(validateRequest('workspace.read', { path: 'init/main.c' })).toEqual({
      method: 'workspace.read',
      params: { path: 'init/main.c' },
    });
    expect(validateRequest('workspace.list', undefined).params).toBeUndefined();
    expect(
      validateRequest('settings.update', { zoom: 1.5, lessonProgress: { step: 3, done: [1, 2] } })
        .params,
    ).toEqual({
      zoom: 1.5,
      lessonProgress: { step: 3, done: [1, 2] },
    });
  });

  it.each([
    ['unknown method', 'workspace.rm', {}, 'request: unknown method "workspace.rm"'],
    ['non-string method', 42, {}, 'request: unknown method number'],
    ['prototype key as method', 'constructor', {}, 'request: unknown method "constructor"'],
    [
      'missing field',
      'workspace.read',
      {},
      'workspace.read: params.path: expected a string, got undefined',
    ],
    [
      'wrong type',
      'workspace.read',
      { path: 7 },
      'workspace.read: params.path: expected a string, got number',
    ],
    [
      'extra field',
      'workspace.read',
      { path: 'a', x: 1 },
      'workspace.read: params.x: unexpected field',
    ],
    [
      'array params',
      'workspace.write',
      [],
      'workspace.write: params: expected an object, got an array',
    ],
    [
      'argument to a no-arg method',
      'workspace.list',
      { a: 1 },
      'workspace.list: params: expected no argument, got object',
    ],
    ['dot-dot path', 'workspace.read', { path: 'a/../../etc' }, 'must stay inside the workspace'],
    ['absolute path', 'workspace.read', { path: '/etc/passwd' }, 'is absolute'],
    ['backslash path', 'workspace.read', { path: 'a\\b' }, 'contains the character'],
    ['NUL in path', 'workspace.read', { path: 'a\u0000b' }, 'contains the character'],
    [
      'oversized text',
      'workspace.write',
      { path: 'a', text: 'x'.repeat(1024 * 1024 + 1) },
      'expected 0..1048576 characters',
    ],
    ['zoom out of range', 'settings.update', { zoom: 9 }, 'expected a number in 0.5..3, got 9'],
    ['bad theme', 'settings.update', { theme: 'pink' }, 'expected one of light, dark'],
    [
      'confirm not boolean',
      'workspace.reset',
      { confirm: 'yes' },
      'params.confirm: expected true or false',
    ],
    [
      'non-JSON progress',
      'settings.update',
      { lessonProgress: { n: Infinity } },
      'numbers must be finite',
    ],
    ['fractional jobs', 'build.start', { jobs: 1.5 }, 'expected a whole number'],
    ['empty serial input', 'machine.serialInput', { text: '' }, 'expected 1..4096 characters'],
  ])('refuses %s', (_name, method, params, message) => {
    const err = refusal(() => validateRequest(method, params));
    expect(err.code).toBe('bad-request');
    expect(err.message).toContain(message);
  });

  it('refuses oversized and deeply nested lesson progress', () => {
    expect(
      refusal(() => validateRequest('settings.update', { lessonProgress: 'x'.repeat(70_000) }))
        .message,
    ).toContain('over the 65536 limit');
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(
      refusal(() => validateRequest('settings.update', { lessonProgress: deep })).message,
    ).toContain('nested too deeply');
  });
});

describe('sender checks', () => {
  it('accepts only the main frame of the app origin over IPC', () => {
    expect(() => checkIpcSender('app://lab/index.html', true, ['app://lab'])).not.toThrow();
    expect(refusal(() => checkIpcSender('app://lab/index.html', false, ['app://lab'])).code).toBe(
      'forbidden',
    );
    expect(
      refusal(() => checkIpcSender('https://evil.example/', true, ['app://lab'])).message,
    ).toBe('sender: calls from https://evil.example are refused');
    expect(refusal(() => checkIpcSender(undefined, true, ['app://lab'])).code).toBe('forbidden');
  });

  it('checks the socket Origin and token', () => {
    const expected = { origins: ['http://127.0.0.1:4000'], token: 'secret-token' };
    expect(() =>
      checkSocketClient('http://127.0.0.1:4000', 'secret-token', expected),
    ).not.toThrow();
    expect(
      refusal(() => checkSocketClient('http://127.0.0.1:4000', 'secret-tokeN', expected)).message,
    ).toBe('sender: missing or wrong access token');
    expect(refusal(() => checkSocketClient('http://127.0.0.1:4000', null, expected)).code).toBe(
      'forbidden',
    );
    expect(
      refusal(() => checkSocketClient('http://evil.example', 'secret-token', expected)).message,
    ).toContain('origin http://evil.example is not this host');
    expect(refusal(() => checkSocketClient(undefined, 'secret-token', expected)).code).toBe(
      'forbidden',
    );
  });
});
