// happy-dom lays nothing out: every element measures 0 px, so a virtualised list would think all its rows fit.
// These give scrolling bodies a height and rows a height, as a browser would.
import { vi } from 'vitest';

export function withLayout({ viewport = 400, row = 40 }: { viewport?: number; row?: number } = {}) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(viewport);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(row);
}

/** Scrolls an element as a person would, and lets listeners hear of it. */
export function scrollTo(element: HTMLElement, top: number) {
  element.scrollTop = top;
  element.dispatchEvent(new Event('scroll'));
}
