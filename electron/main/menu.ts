// The application menu as data: every command of `COMMANDS` with its accelerator, sent to the
// renderer when chosen, plus the standard Edit and Window roles (copy/paste must work in the
// editor on macOS, where they come from the menu).
import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, type CommandSpec } from '../ipc/commands.ts';
import type { CommandId } from '../ipc/lab-api.ts';

/// Builds the menu template; `send` delivers a command to the renderer. `devTools` adds the
/// developer tools and reload items (unpackaged runs only).
export function menuTemplate(
  send: (command: CommandId) => void,
  isMac: boolean,
  devTools = false,
): MenuItemConstructorOptions[] {
  const item = (spec: CommandSpec): MenuItemConstructorOptions => ({
    label: spec.label,
    accelerator: spec.accelerator,
    click: () => send(spec.id),
  });
  const of = (menu: CommandSpec['menu']) => COMMANDS.filter((c) => c.menu === menu).map(item);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'Lab', submenu: of('lab') },
    { label: 'Lesson', submenu: of('lesson') },
    {
      label: 'View',
      submenu: [
        ...of('view'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(devTools ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  return template;
}
