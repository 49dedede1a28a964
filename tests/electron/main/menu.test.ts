import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandForKey } from '../../../electron/ipc/commands.ts';
import type { CommandId } from '../../../electron/ipc/lab-api.ts';
import { menuTemplate } from '../../../electron/main/menu.ts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((m) => (Array.isArray(m.submenu) ? items(m.submenu) : [m]));
}

describe('application menu', () => {
  it('has every command with its accelerator, sent to the renderer', () => {
    const sent: CommandId[] = [];
    const all = items(menuTemplate((c) => sent.push(c), false));
    for (const spec of COMMANDS) {
      const item = all.find((i) => i.label === spec.label);
      expect(item?.accelerator, spec.id).toBe(spec.accelerator);
      (item?.click as () => void)();
    }
    expect(sent).toEqual(COMMANDS.map((c) => c.id));
  });

  it('offers developer tools only when asked (unpackaged runs)', () => {
    const roles = (dev: boolean) =>
      items(menuTemplate(() => undefined, false, dev)).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('gives every command a distinct accelerator', () => {
    expect(new Set(COMMANDS.map((c) => c.accelerator)).size).toBe(COMMANDS.length);
  });
});

describe('commandForKey (browser-mode shortcuts)', () => {
  const press = (
    key: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('maps the same keys as the menu', () => {
    expect(commandForKey(press('b', { ctrlKey: true }), false)).toBe('build');
    expect(commandForKey(press('B', { ctrlKey: true, shiftKey: true }), false)).toBe('boot');
    expect(commandForKey(press('b', { metaKey: true }), true)).toBe('build');
    expect(commandForKey(press('+', { ctrlKey: true }), false)).toBe('zoom-in');
    expect(commandForKey(press('PageDown', { altKey: true }), false)).toBe('next-slide');
  });

  it('ignores near misses', () => {
    expect(commandForKey(press('b'), false)).toBeNull();
    expect(commandForKey(press('b', { metaKey: true }), false)).toBeNull();
    expect(commandForKey(press('b', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});
