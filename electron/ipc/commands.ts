// The app's commands with their keyboard shortcuts, defined once: the Electron application menu
// is built from this table, and in browser mode (no native menu) the renderer binds the same keys
// itself, so a shortcut works the same in both.
import type { CommandId } from './lab-api.ts';

/// A command as the menu shows it. `accelerator` uses Electron's syntax (`CmdOrCtrl+B`).
export interface CommandSpec {
  readonly id: CommandId;
  readonly label: string;
  readonly accelerator: string;
  readonly menu: 'lab' | 'view' | 'lesson';
}

/// Every command, in menu order.
export const COMMANDS: readonly CommandSpec[] = [
  { id: 'build', label: 'Build Kernel', accelerator: 'CmdOrCtrl+B', menu: 'lab' },
  { id: 'boot', label: 'Boot Machine', accelerator: 'CmdOrCtrl+Shift+B', menu: 'lab' },
  { id: 'next-slide', label: 'Next Slide', accelerator: 'Alt+PageDown', menu: 'lesson' },
  { id: 'previous-slide', label: 'Previous Slide', accelerator: 'Alt+PageUp', menu: 'lesson' },
  { id: 'zoom-in', label: 'Zoom In', accelerator: 'CmdOrCtrl+=', menu: 'view' },
  { id: 'zoom-out', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', menu: 'view' },
  { id: 'zoom-reset', label: 'Actual Size', accelerator: 'CmdOrCtrl+0', menu: 'view' },
  {
    id: 'toggle-projector',
    label: 'Projector Mode',
    accelerator: 'CmdOrCtrl+Shift+P',
    menu: 'view',
  },
  {
    id: 'toggle-theme',
    label: 'Toggle Dark Theme',
    accelerator: 'CmdOrCtrl+Shift+D',
    menu: 'view',
  },
];

/// The parts of a keyboard event a shortcut looks at (a DOM KeyboardEvent has them all).
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/// The command whose accelerator `press` matches, or null. `isMac` maps CmdOrCtrl to Cmd.
export function commandForKey(press: KeyPress, isMac: boolean): CommandId | null {
  for (const spec of COMMANDS) if (matches(spec.accelerator, press, isMac)) return spec.id;
  return null;
}

function matches(accelerator: string, press: KeyPress, isMac: boolean): boolean {
  const parts = accelerator.split('+');
  // `CmdOrCtrl+=` splits into ['CmdOrCtrl', '=']; a literal plus key would be 'Plus'.
  const key = parts.pop() ?? '';
  const mods = new Set(parts);
  const wantPrimary = mods.has('CmdOrCtrl');
  const primary = isMac ? press.metaKey : press.ctrlKey;
  const other = isMac ? press.ctrlKey : press.metaKey;
  if (wantPrimary !== primary || other) return false;
  if (mods.has('Shift') !== press.shiftKey || mods.has('Alt') !== press.altKey) return false;
  return sameKey(key, press.key);
}

function sameKey(accelKey: string, eventKey: string): boolean {
  if (accelKey === '=') return eventKey === '=' || eventKey === '+';
  if (accelKey === '-') return eventKey === '-' || eventKey === '_';
  return accelKey.toLowerCase() === eventKey.toLowerCase();
}
