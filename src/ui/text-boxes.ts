import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Boxes of long server text (`textBox` in claim-status.ts) scroll when their text is taller
 * than the box: only then may they take keyboard focus, so they can be scrolled without a
 * mouse. A box whose text fits is no Tab stop. Checked after every render and whenever the
 * widget's size changes (a narrower column, larger text), a box at a time.
 */
export class TextBoxes implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(private host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected() {
    this.observer ??= new ResizeObserver(() => this.check());
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }

  hostUpdated() {
    this.check();
  }

  private check() {
    for (const box of this.host.renderRoot.querySelectorAll<HTMLElement>('.long-text')) {
      if (box.scrollHeight > box.clientHeight) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    }
  }
}
