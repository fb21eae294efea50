/** Which page buttons the page navigation shows: only it needs this, and it is a piece. */
/** Page numbers to offer, with `null` for a gap: 1 … 4 5 6 … 12. */
export function pageWindow(page: number, totalPages: number, width = 5): (number | null)[] {
  if (totalPages <= width + 2) return Array.from({ length: totalPages }, (_, i) => i + 1);
  const half = Math.floor(width / 2);
  let first = Math.max(2, page - half);
  const last = Math.min(totalPages - 1, first + width - 1);
  first = Math.max(2, last - width + 1);
  const pages: (number | null)[] = [1];
  if (first > 2) pages.push(null);
  for (let p = first; p <= last; p++) pages.push(p);
  if (last < totalPages - 1) pages.push(null);
  pages.push(totalPages);
  return pages;
}
