// `npm run serve`: the app in a browser. Starts the browser host on 127.0.0.1, building the
// renderer first if needed, and prints the page URL with its per-run access token.
//   tsx electron/host/serve.ts [--port N] [--data-dir DIR] [--kernel DIR] [--no-build] [--open]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ENGINES } from '../services/engines.ts';
import { defaultDataDir } from '../services/user-data.ts';
import { startLabHost } from './lab-host.ts';
import { buildRenderer, rendererIsStale } from './renderer-build.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/// The command line, checked.
interface ServeOptions {
  readonly port: number;
  readonly dataDir: string;
  readonly kernel: string;
  readonly build: boolean;
  readonly open: boolean;
}

/// Parses the command line; throws with a usage message on bad input.
function parseOptions(argv: string[]): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      kernel: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      open: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: expected 0..65535, got ${values.port}`);
  }
  return {
    port,
    dataDir: values['data-dir'] ?? defaultDataDir(),
    kernel: values.kernel ?? join(repoRoot, 'kernel'),
    build: !values['no-build'],
    open: values.open,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const rendererDir = join(repoRoot, 'out', 'renderer');
  if (options.build && (await rendererIsStale(repoRoot, rendererDir))) {
    console.log('Building the user interface (first run or changed sources)...');
    await buildRenderer(repoRoot);
  }
  const host = await startLabHost({
    port: options.port,
    dataDir: options.dataDir,
    shippedRoot: options.kernel,
    rendererDir,
    engines: ENGINES,
    version: packageVersion(),
  });
  console.log(`Syscall Lab is running in browser mode: ${host.url}`);
  console.log(`  workspace: ${host.backend.workspace.dirs.workspace}   (Ctrl+C stops the server)`);
  if (options.open) openInBrowser(host.url);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/// Asks the desktop to open `url`; failure (no desktop, no opener) is fine: the URL is printed.
function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system: the printed URL is enough.
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

main().catch((err: unknown) => {
  console.error(`serve: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
