import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { pageWindow, type Page } from '../claims/sort-filter-page.js';
import { formatCount } from '../claims/format.js';

export function pagination(page: Page, onPage: (to: number) => void) {
  if (page.totalPages <= 1) return null;
  const button = (to: number, label: string, text: string) =>
    html`<li>
      <button type="button" aria-label=${label} aria-current=${ifDefined(to === page.page ? 'page' : undefined)} @click=${() => onPage(to)}>
        ${text}
      </button>
    </li>`;
  return html`<nav class="pagination" part="pagination" aria-label="Pagination">
    <ul>
      ${page.page > 1 ? button(page.page - 1, `Previous page, page ${formatCount(page.page - 1)}`, 'Previous') : null}
      ${pageWindow(page.page, page.totalPages).map((p) =>
        p === null
          ? html`<li><span class="gap" aria-hidden="true">…</span></li>`
          : button(p, `Page ${formatCount(p)} of ${formatCount(page.totalPages)}`, formatCount(p)),
      )}
      ${page.page < page.totalPages ? button(page.page + 1, `Next page, page ${formatCount(page.page + 1)}`, 'Next') : null}
    </ul>
  </nav>`;
}
