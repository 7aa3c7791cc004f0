/**
 * The second stage of 振分 (issue 5): a risk score learned from past review outcomes, to rank the
 * claims the rules let through (自動完結) so that people see the likeliest 査定 among them.
 *
 * The model is counts, nothing else: for each feature (risk-features.ts) how many past claims had it
 * and how many of those review changed. Each feature's adjustment rate is smoothed toward its
 * family's baseline (a feature seen a few times says little) and compared with it as log-odds; the
 * score adds the families' weights to the baseline log-odds, as naive Bayes does. Every weight is a
 * count anyone can check, so the reasons are the model:
 *   provider          the provider's claims were changed (査定・返戻) more than others'
 *   providerCategory  the provider's lines of this 診療識別 were cut more than others' of it
 *   itemDiagnosis     this item was cut on claims with this group of diagnoses
 *   pointsBand        claims of this kind and size were changed more
 * Line families (providerCategory, itemDiagnosis) count only the lines review cut, and only raise
 * a score: an item never cut says nothing about the rest of the claim. A claim's riskiest category
 * and item count; an item counts by the diagnosis group it is least suspicious with (TSH is not
 * excessive for a claim that also has 甲状腺機能低下症).
 */
import { categoryLabel, pointsBand, riskFeatures, NO_DIAGNOSIS, RISK_FAMILIES, type RiskClaim, type RiskFamily } from './risk-features.ts';

export interface RiskOutcome {
  claim: RiskClaim;
  /** Review changed the claim: a 査定 of a line or a 返戻. */
  adjusted: boolean;
  /** File lines cut by 査定; none for a 返戻 or a claim confirmed as billed. */
  adjustedLines: readonly number[];
}

export interface FeatureCount {
  seen: number;
  adjusted: number;
}

export interface RiskModel {
  claims: number;
  adjusted: number;
  /** Pseudo-claims at the baseline rate added to every feature's counts (smoothing). */
  prior: number;
  counts: Record<RiskFamily, Map<string, FeatureCount>>;
  /** Per 診療識別 over all providers: the baseline of providerCategory. */
  categories: Map<string, FeatureCount>;
  /** All itemDiagnosis counts together: the baseline of an item. */
  items: FeatureCount;
}

export function createRiskModel(prior = 10): RiskModel {
  return { claims: 0, adjusted: 0, prior, counts: { provider: new Map(), providerCategory: new Map(), itemDiagnosis: new Map(), pointsBand: new Map() }, categories: new Map(), items: { seen: 0, adjusted: 0 } };
}

function bump(m: Map<string, FeatureCount>, key: string, adjusted: boolean): void {
  const c = m.get(key);
  if (c) {
    c.seen++;
    if (adjusted) c.adjusted++;
  } else m.set(key, { seen: 1, adjusted: adjusted ? 1 : 0 });
}

/** Counts one past claim and what review did with it. */
export function learnOutcome(model: RiskModel, o: RiskOutcome): void {
  const f = riskFeatures(o.claim);
  const cut = o.claim.lines.filter((l) => o.adjustedLines.includes(l.line));
  const cutCategories = new Set(cut.map((l) => `${o.claim.provider}|${l.category}`));
  const cutItems = new Set(cut.map((l) => l.code));
  model.claims++;
  if (o.adjusted) model.adjusted++;
  bump(model.counts.provider, f.provider[0]!, o.adjusted);
  bump(model.counts.pointsBand, f.pointsBand[0]!, o.adjusted);
  for (const k of f.providerCategory) {
    bump(model.counts.providerCategory, k, cutCategories.has(k));
    bump(model.categories, k.slice(k.indexOf('|') + 1), cutCategories.has(k));
  }
  for (const k of f.itemDiagnosis) {
    const hit = cutItems.has(k.slice(0, k.indexOf('|')));
    bump(model.counts.itemDiagnosis, k, hit);
    model.items.seen++;
    if (hit) model.items.adjusted++;
  }
}

export const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
/** A baseline never 0 or 1, however few the counts. */
const baseRate = (c: FeatureCount): number => (c.adjusted + 1) / (c.seen + 2);

/** log-odds of the feature's smoothed rate against its baseline; 0 for a feature never seen. */
export function featureWeight(c: FeatureCount | undefined, base: number, prior: number): number {
  if (!c || !c.seen) return 0;
  return logit((c.adjusted + prior * base) / (c.seen + prior)) - logit(base);
}

export interface RiskReason {
  family: RiskFamily;
  /** The feature's key (risk-features.ts) and its counts. */
  feature: string;
  weight: number;
  seen: number;
  adjusted: number;
  /** In Japanese, for the reviewer. */
  text: string;
}

export interface RiskScore {
  /** 0–1, rising with the summed log-odds: for ranking (not a calibrated probability). */
  score: number;
  logOdds: number;
  /** Families that raised the score by at least REASON_MIN, strongest first, at most three. */
  reasons: RiskReason[];
  /** Every family's weight (0 where nothing was known). */
  weights: Record<RiskFamily, number>;
}

export const REASON_MIN = 0.5;
const pct = (p: number): string => `${(100 * p).toFixed(1)}%`;

interface Best {
  weight: number;
  feature: string;
  count: FeatureCount;
  text: () => string;
}

export function scoreClaim(model: RiskModel, c: RiskClaim): RiskScore {
  const claimBase = baseRate({ seen: model.claims, adjusted: model.adjusted });
  const itemBase = baseRate(model.items);
  const best: Partial<Record<RiskFamily, Best>> = {};
  const consider = (family: RiskFamily, b: Best): void => {
    if (!best[family] || b.weight > best[family]!.weight) best[family] = b;
  };

  const provider = model.counts.provider.get(c.provider);
  if (provider) {
    consider('provider', { weight: featureWeight(provider, claimBase, model.prior), feature: c.provider, count: provider, text: () => `この医療機関のレセプトは過去に査定・返戻が多い（${provider.adjusted}/${provider.seen}件、全体${pct(claimBase)}）` });
  }
  const band = pointsBand(c.totalPoints);
  const bandKey = `${c.kind}|${c.inpatient ? 'in' : 'out'}|${band.key}`;
  const bandCount = model.counts.pointsBand.get(bandKey);
  if (bandCount) {
    consider('pointsBand', { weight: featureWeight(bandCount, claimBase, model.prior), feature: bandKey, count: bandCount, text: () => `${band.label}の${c.inpatient ? '入院' : '入院外'}レセプトは過去に査定・返戻が多い（${bandCount.adjusted}/${bandCount.seen}件、全体${pct(claimBase)}）` });
  }
  for (const category of new Set(c.lines.map((l) => l.category))) {
    const key = `${c.provider}|${category}`;
    const n = model.counts.providerCategory.get(key);
    if (!n) continue;
    const base = baseRate(model.categories.get(category) ?? { seen: 0, adjusted: 0 });
    consider('providerCategory', { weight: featureWeight(n, base, model.prior), feature: key, count: n, text: () => `この医療機関の${categoryLabel(category)}は過去に査定が多い（${n.adjusted}/${n.seen}件、全体${pct(base)}）` });
  }
  const groups = c.diagnoses.length ? c.diagnoses : [{ group: NO_DIAGNOSIS, name: undefined }];
  const seenItems = new Set<string>();
  for (const l of c.lines) {
    if (seenItems.has(l.code)) continue;
    seenItems.add(l.code);
    // the group the item is least suspicious with, among those it was seen with
    let least: Best | undefined;
    for (const g of groups) {
      const key = `${l.code}|${g.group}`;
      const n = model.counts.itemDiagnosis.get(key);
      if (!n) continue;
      const w = featureWeight(n, itemBase, model.prior);
      if (least && w >= least.weight) continue;
      const dx = g.group === NO_DIAGNOSIS ? '' : `${g.name ?? ''}（${g.group}）の`;
      least = { weight: w, feature: key, count: n, text: () => `${l.name ?? l.code}は${dx}レセプトで過去に査定が多い（${n.adjusted}/${n.seen}件）` };
    }
    if (least) consider('itemDiagnosis', least);
  }

  const weights = { provider: 0, providerCategory: 0, itemDiagnosis: 0, pointsBand: 0 } as Record<RiskFamily, number>;
  for (const f of RISK_FAMILIES) {
    const b = best[f];
    if (!b) continue;
    // line families only raise the score
    weights[f] = f === 'providerCategory' || f === 'itemDiagnosis' ? Math.max(0, b.weight) : b.weight;
  }
  const logOdds = logit(claimBase) + RISK_FAMILIES.reduce((s, f) => s + weights[f], 0);
  const reasons = RISK_FAMILIES.filter((f) => weights[f] >= REASON_MIN)
    .map((f) => ({ family: f, feature: best[f]!.feature, weight: weights[f], seen: best[f]!.count.seen, adjusted: best[f]!.count.adjusted, text: best[f]!.text() }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3);
  return { score: sigmoid(logOdds), logOdds, reasons, weights };
}
