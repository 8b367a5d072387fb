import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ApiError, toApiError } from './client.ts';

export type ResourceStatus = 'pending' | 'complete' | 'error';

/**
 * Loads data for an element when it connects and aborts the request when it disconnects (the same shape as
 * `@lit/task`, which this project does not depend on). It never reloads by itself: re-rendering, for example
 * after a language switch, does not refetch. Call `run()` to reload after a change.
 */
export class Resource<T> implements ReactiveController {
  status: ResourceStatus = 'pending';
  value: T | undefined;
  error: ApiError | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #load: (signal: AbortSignal) => Promise<T>;
  #abort: AbortController | undefined;
  #loaded = false;

  constructor(host: ReactiveControllerHost, load: (signal: AbortSignal) => Promise<T>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#loaded) void this.run();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  async run(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'pending';
    this.#host.requestUpdate();
    try {
      this.value = await this.#load(abort.signal);
      this.#loaded = true;
      this.status = 'complete';
      this.error = undefined;
    } catch (error) {
      // A newer run or a disconnect replaced this one; its outcome no longer matters.
      if (abort.signal.aborted) return;
      this.error = toApiError(error);
      this.status = 'error';
    }
    this.#host.requestUpdate();
  }
}
