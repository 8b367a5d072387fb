import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content width in whole pixels, kept current with a ResizeObserver, so charts compute their
 * geometry for the space they really have (text stays its real size, unlike an SVG scaled by a viewBox).
 * `width` is 0 until the first measurement: charts render nothing until then.
 */
export class WidthController implements ReactiveController {
  width = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.#host.requestUpdate();
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
