// Worker-thread bootstrap for running the TypeScript machine host from source (CLI, tests):
// registers tsx's loader in this thread, then starts the runner. A bundled app passes its own
// compiled worker URL to NodeMachineHost instead.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');
