/**
 * Proxy objects of the fake Excel, implementing the subset interfaces of `src/excel/api.ts`.
 *
 * As in Office.js, a proxy is a placeholder: creating one, setting a property, calling a method or
 * `load()` only queues an operation; `context.sync()` runs the queue in order against the state.
 * Reading a property that was not loaded and synced throws PropertyNotLoaded. `*OrNullObject`
 * proxies whose object does not exist are null objects: their methods do nothing, proxies derived
 * from them are null objects too, and their loaded properties read null.
 */
import { type BatchRun, type FakeContextCore, jsonBytes } from './context';
import { FakeOfficeError } from './errors';
import type { FakeWorkbookState } from './model';

/** Resolves a proxy's object when its creating operation runs; null for a null object. */
export type Resolver<T> = () => T | null;

/**
 * How a proxy finds its object: `queued` — a method created it (getItem, getRange, add …), so
 * the lookup is an operation of the batch, run in order; `derived` — a navigation property
 * (range.format, format.fill, sheet.notes …), which is its parent's object seen through a lens;
 * `resolved` — a collection's item, which arrives with the collection.
 */
export type Origin<T> = { readonly queued: Resolver<T> } | { readonly derived: Resolver<T> } | { readonly resolved: T };

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function splitLoadNames(names: string | readonly string[]): string[] {
  const list = typeof names === 'string' ? names.split(',') : names;
  return list.map((n) => n.trim()).filter((n) => n !== '');
}

export abstract class FakeProxy<T> {
  readonly id: number;
  private target: T | null | undefined;
  private readonly derive: Resolver<T> | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown = false;

  constructor(
    protected readonly core: FakeContextCore,
    protected readonly state: FakeWorkbookState,
    origin: Origin<T>,
  ) {
    this.id = core.newProxyId();
    if ('queued' in origin) {
      core.enqueue(this, undefined, () => {
        this.target = origin.queued();
        this.nullKnown = true;
      });
    } else if ('derived' in origin) {
      this.derive = origin.derived;
    } else {
      this.target = origin.resolved;
      this.nullKnown = true;
    }
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded('isNullObject');
    return this.target === null;
  }

  /** The object, for derived proxies' resolvers; only valid while operations run. */
  resolvedTarget(): T | null {
    if (this.derive) return this.derive();
    if (this.target === undefined) throw new FakeOfficeError('InvalidOperation', 'proxy used before its creation ran');
    return this.target;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Marks properties as loaded with these values (collections' items are born loaded). */
  protected setLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  /** `members`: the member (requirements.ts) each property is, where it needs more than ExcelApi 1.1. */
  protected queueLoad(
    names: string | readonly string[],
    allowed: readonly string[],
    snapshot: (target: T, property: string) => unknown,
    members: Readonly<Record<string, string>> = {},
  ): void {
    const properties = splitLoadNames(names);
    this.core.enqueue(this, properties, (batch) => {
      for (const property of properties) {
        if (!allowed.includes(property)) throw new FakeOfficeError('InvalidArgument', `Unknown property '${property}'.`);
        const member = members[property];
        if (member) this.core.requireMember(member);
        const target = this.resolvedTarget();
        const value = target === null ? null : snapshot(target, property);
        batch.responseBytes += jsonBytes(value) + property.length + 4;
        this.loaded.set(property, value);
      }
    });
  }

  /**
   * Queues a change to the object; nothing happens on a null object. `member`: what the change
   * uses, where it needs more than ExcelApi 1.1 (an older fake Excel fails it with ApiNotFound).
   */
  protected queue(payload: unknown, apply: (target: T, batch: BatchRun) => void, member?: string): void {
    this.core.enqueue(this, payload, (batch) => {
      if (member) this.core.requireMember(member);
      const target = this.resolvedTarget();
      if (target !== null) apply(target, batch);
    });
  }
}

