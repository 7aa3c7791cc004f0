/** The findings of one line, where the line is shown. */
import type { LineFindings as Findings } from './claim-lines.ts';
import { ClericalFindingCard, RuleFindingCard } from './finding-card.tsx';

export function LineFindings({ f }: { f: Findings | undefined }) {
  if (!f || (!f.rule.length && !f.clerical.length)) return null;
  return (
    <div className="line-findings">
      {f.rule.map((x, i) => (
        <RuleFindingCard key={`r${i}`} f={x} />
      ))}
      {f.clerical.map((x, i) => (
        <ClericalFindingCard key={`c${i}`} f={x} />
      ))}
    </div>
  );
}

export const lampOf = (f: Findings | undefined): string => (!f ? '' : f.rule.some((x) => x.lamp === 'V') ? 'has-V' : f.rule.length || f.clerical.length ? 'has-S' : '');
