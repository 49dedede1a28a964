// Where the app keeps the learner's files. The browser host uses the same folder Electron's
// `app.getPath('userData')` gives for this app, so both modes open the same workspace.
import { homedir } from 'node:os';
import { join } from 'node:path';

/// The app's name as Electron derives it from package.json (`name`, no `productName`).
export const APP_NAME = 'syscall-lab';

/// The per-user data folder, as Electron computes `userData` on each OS. The environment
/// variable `SYSCALL_LAB_DATA_DIR` overrides it (tests, portable installs).
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.SYSCALL_LAB_DATA_DIR) return env.SYSCALL_LAB_DATA_DIR;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}
