/**
 * Which claims the second stage of 振分 sends to people: the highest scores among those the rules let
 * through, up to a share of the month's claims (the budget of reviewers' time), and none under a
 * minimum score. Kept in a bounded heap: a month of a million claims holds only the budget in memory.
 * Ties go to the earlier claim (its order), so a rerun picks the same claims.
 */

export interface RiskCandidate<T> {
  score: number;
  /** Tie-break: lower first (file, then claim in file). */
  order: number;
  item: T;
}

/** How many claims stage 2 may still send: the share of the month less those it sent before and people already hold. */
export function riskBudget(claims: number, share: number, alreadySent: number): number {
  if (!(share > 0)) return 0;
  return Math.max(0, Math.floor(claims * share) - alreadySent);
}

/** a before b: a is the weaker candidate (lower score, or same score and later). */
const weaker = <T>(a: RiskCandidate<T>, b: RiskCandidate<T>): boolean => a.score < b.score || (a.score === b.score && a.order > b.order);

export class TopRisk<T> {
  private readonly heap: RiskCandidate<T>[] = [];
  constructor(private readonly limit: number, private readonly minScore = 0) {}

  offer(c: RiskCandidate<T>): void {
    if (this.limit <= 0 || c.score < this.minScore) return;
    const h = this.heap;
    if (h.length < this.limit) {
      h.push(c);
      this.up(h.length - 1);
    } else if (weaker(h[0]!, c)) {
      h[0] = c;
      this.down(0);
    }
  }

  /** Strongest first. */
  ranked(): RiskCandidate<T>[] {
    return [...this.heap].sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!weaker(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < h.length && weaker(h[l]!, h[m]!)) m = l;
      if (r < h.length && weaker(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}
