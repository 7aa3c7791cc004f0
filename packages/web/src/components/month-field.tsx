/** 診療年月 with its 和暦 (令和7年5月診療分). */
import { MONTH } from '../lib/month.ts';
import { warekiMonth } from '../lib/wareki.ts';

export function MonthField({ month, onChange }: { month: string; onChange: (m: string) => void }) {
  return (
    <label className="month-field">
      診療年月
      <input
        type="month"
        name="month"
        value={month}
        onChange={(e) => {
          if (MONTH.test(e.target.value)) onChange(e.target.value);
        }}
      />
      <strong className="wareki">{warekiMonth(month)}診療分</strong>
    </label>
  );
}
