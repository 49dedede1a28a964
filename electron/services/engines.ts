// Where the real engines are plugged in. Both hosts (Electron main and the browser test host)
// read this one registry. To add an engine, import its adapter and set its slot, e.g.
//   build: (ctx) => createBuildService(ctx),
// An adapter implements the slot's interface from `service-registry.ts` and pushes its events
// through `ctx.emit`. Until then the slot answers `engine-unavailable` and the panel says so.
import type { EngineFactories } from './service-registry.ts';

/// The engines this build of the app includes.
export const ENGINES: EngineFactories = {};
