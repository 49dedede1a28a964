#!/usr/bin/env node
// The headless command line: each subcommand lives beside the engine it drives and exports
// `main(argv): Promise<number>` (the exit status). TypeScript is loaded through tsx so a clone
// works right after `npm install`, with no compile step.
import { register } from 'tsx/esm/api';

const commands = {
  build: '../build/cli/build.ts',
  cc: '../build/cli/cc.ts',
  as: '../build/cli/as.ts',
  ld: '../build/cli/ld.ts',
  run: '../emulator/cli/run.ts',
  objdump: '../emulator/cli/objdump.ts',
};

const [name, ...args] = process.argv.slice(2);
if (!name || !(name in commands)) {
  console.error(`usage: syscall-lab <${Object.keys(commands).join('|')}> [options]`);
  process.exit(name === '--help' || name === '-h' ? 0 : 2);
}
register();
const { main } = await import(new URL(commands[name], import.meta.url).href);
process.exitCode = await main(args);
