import type { ReactiveElement } from 'lit';

/**
 * Boxes of long server text (`textBox` in claim-status.ts) scroll when their text is taller
 * than the box: only then may they take keyboard focus, so they can be scrolled without a
 * mouse. A box whose text fits is no Tab stop. Checked after every render of `host` and
 * whenever its size changes (a narrower column, larger text).
 */
export function watchTextBoxes(host: ReactiveElement): void {
  let observer: ResizeObserver | undefined;
  const check = () => {
    for (const box of host.renderRoot.querySelectorAll<HTMLElement>('.long-text')) {
      if (box.scrollHeight > box.clientHeight) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    }
  };
  host.addController({
    hostConnected: () => (observer ??= new ResizeObserver(check)).observe(host),
    hostDisconnected: () => observer?.disconnect(),
    hostUpdated: check,
  });
}
