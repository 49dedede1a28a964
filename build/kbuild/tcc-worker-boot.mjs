// Starts a tcc worker thread from the TypeScript sources (the CLI and tests run TypeScript through
// tsx, whose loader a worker does not inherit): register tsx in this thread, then load the worker.
// A bundled app points the pool at its compiled worker instead.
import { register } from 'tsx/esm/api';

register();
await import('./tcc-worker.ts');
