/// A small typed event emitter. `has(name)` lets hot code skip building a payload when nobody
/// listens, which is how instrumentation costs nothing when it is off.

/// Listener for one event of map `M`.
export type Listener<M, K extends keyof M> = (payload: M[K]) => void;

/// Typed emitter over event map `M`.
export class Emitter<M> {
  private readonly listeners = new Map<keyof M, Set<(payload: never) => void>>();
  /// Called whenever the set of listened names changes (the CPU recomputes its trace flags).
  onChange: () => void = () => {};

  /// Adds `fn` for `name`; returns a function that removes it.
  on<K extends keyof M>(name: K, fn: Listener<M, K>): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(fn as (payload: never) => void);
    this.onChange();
    return () => this.off(name, fn);
  }

  /// Removes `fn` from `name`.
  off<K extends keyof M>(name: K, fn: Listener<M, K>): void {
    const set = this.listeners.get(name);
    if (set?.delete(fn as (payload: never) => void) && set.size === 0) this.listeners.delete(name);
    this.onChange();
  }

  /// True when at least one listener waits for `name`.
  has(name: keyof M): boolean {
    return this.listeners.has(name);
  }

  /// Calls every listener of `name` with `payload`.
  emit<K extends keyof M>(name: K, payload: M[K]): void {
    const set = this.listeners.get(name);
    if (!set) return;
    for (const fn of set) (fn as Listener<M, K>)(payload);
  }
}
