// Where the engines' worker threads start from. Run from source (tsx: the CLI, the tests, `npm
// run serve`), each engine finds its own bootstrap beside its TypeScript. In the bundled Electron
// app there is no TypeScript: electron-vite builds the two worker entries next to the main
// bundle (electron.vite.config.ts), and the engines are pointed at them.
// Packaged, the main bundle runs from inside resources/app.asar. A worker thread's script is not
// to be trusted to load from inside the archive (Electron's archive support in workers has had
// gaps, and these workers are ES modules), so electron-builder.yml unpacks out/main's scripts to
// app.asar.unpacked/ and the workers start from there: plain files, loaded as in development.

/// The worker scripts to pass to the engines (both undefined when running from source).
export interface WorkerUrls {
  /// The tcc.wasm compile worker (build/kbuild/tcc-worker.ts).
  readonly tcc?: URL;
  /// The emulated PC's worker (emulator/host/node-worker.ts).
  readonly machine?: URL;
}

/// File names of the bundled worker entries, beside the main bundle.
export const BUNDLED_WORKERS = { tcc: 'tcc-worker.js', machine: 'machine-worker.js' } as const;

/// The worker URLs for code loaded from `moduleUrl` (this module's `import.meta.url`, or the
/// bundle's when it was inlined there). A folder `*.asar` on the way is read as its unpacked
/// twin `*.asar.unpacked`.
export function workerUrls(moduleUrl: string = import.meta.url): WorkerUrls {
  if (/\.ts$/.test(new URL(moduleUrl).pathname)) return {};
  // Built from names held in variables, so the bundler leaves the URLs to run time.
  const at = (name: string) => unpacked(new URL(name, moduleUrl));
  return { tcc: at(BUNDLED_WORKERS.tcc), machine: at(BUNDLED_WORKERS.machine) };
}

/// `url` with its first `.asar` folder replaced by the `.asar.unpacked` folder beside it.
export function unpacked(url: URL): URL {
  const out = new URL(url.href);
  out.pathname = url.pathname.replace(/\.asar\//, '.asar.unpacked/');
  return out;
}
