// `npm run bench`: runs every tests/bench/*.bench.ts in one process and prints its table.
// Each bench module exports `bench(): Promise<BenchTable>`, measuring ours and the named peers
// side by side in the same run so the ratios are fair.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchTable } from './table.ts';
import { formatTable } from './table.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = false;
for (const file of files) {
  try {
    const mod = (await import(new URL(file, import.meta.url).href)) as {
      bench: () => Promise<BenchTable>;
    };
    console.log(formatTable(await mod.bench()));
  } catch (err) {
    failed = true;
    console.error(`${file}: ${err instanceof Error ? err.stack : String(err)}`);
  }
}
process.exitCode = failed ? 1 : 0;
