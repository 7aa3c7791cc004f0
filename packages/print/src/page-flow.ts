/**
 * The vertical cursor down the pages: blocks ask for room and get a new page when there is none.
 * The band below `bottom` is kept for the footer.
 */
import type { Canvas } from './pdf-canvas.ts';

export interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export class PageFlow {
  y: number;

  constructor(
    private readonly canvas: Canvas,
    readonly frame: Frame,
  ) {
    this.y = frame.top;
  }

  get width(): number {
    return this.frame.right - this.frame.left;
  }

  get atPageTop(): boolean {
    return this.y === this.frame.top;
  }

  fits(height: number): boolean {
    return this.y + height <= this.frame.bottom;
  }

  /**
   * Room for `height` on this page, else a new page. A block taller than a whole page is drawn from
   * the top of a page anyway (and runs into the footer band) rather than paging forever.
   * Returns true when a page was added.
   */
  ensure(height: number): boolean {
    if (this.fits(height) || this.atPageTop) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.canvas.addPage();
    this.y = this.frame.top;
  }

  /** Vertical space, dropped at the top of a page where it would only push content down. */
  gap(height: number): void {
    if (!this.atPageTop) this.y = Math.min(this.y + height, this.frame.bottom);
  }
}
