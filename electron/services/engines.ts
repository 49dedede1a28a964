// Where the real engines are plugged in. Both hosts (Electron main and the browser test host)
// read this one registry. An adapter implements its slot's interface from `service-registry.ts`
// and pushes its events through `ctx.emit`; an absent slot answers `engine-unavailable`.
// The engines of one backend share one context object: `machineServiceFor(ctx)` returns that
// backend's machine service, so a trace factory can reach the machine's worker host through it.
import { createBuildService } from './build-service.ts';
import { workerUrls } from './engines/worker-urls.ts';
import { machineServiceFor } from './machine-service.ts';
import type { EngineFactories } from './service-registry.ts';
import { createTraceService } from './trace-service.ts';

const workers = workerUrls();

/// The engines this build of the app includes.
export const ENGINES: EngineFactories = {
  build: (ctx) => createBuildService(ctx, { workerUrl: workers.tcc }),
  machine: (ctx) => machineServiceFor(ctx, { workerUrl: workers.machine }),
  trace: (ctx) => createTraceService(ctx, machineServiceFor(ctx, { workerUrl: workers.machine })),
};
