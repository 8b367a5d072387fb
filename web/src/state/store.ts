import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A value shared by many elements (language, session, location). Elements read it through a
 * StoreController, which re-renders them on change: nothing is refetched, nothing reloads.
 */
export class Store<T> {
  #value: T;
  readonly #listeners = new Set<(value: T) => void>();

  constructor(initial: T) {
    this.#value = initial;
  }

  get value(): T {
    return this.#value;
  }

  set(value: T): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const listener of [...this.#listeners]) listener(value);
  }

  subscribe(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Subscribes its host to a store while the host is connected, so disconnected elements do not leak. */
export class StoreController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #store: Store<T>;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, store: Store<T>) {
    this.#host = host;
    this.#store = store;
    host.addController(this);
  }

  get value(): T {
    return this.#store.value;
  }

  hostConnected(): void {
    this.#unsubscribe = this.#store.subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
