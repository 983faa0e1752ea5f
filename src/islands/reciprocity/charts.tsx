/**
 * Inline SVG charts (no library): horizontal bars per dimension, one or two series, and a small
 * trend line. Drawn with SVG attributes only (no inline styles, so the CSP stays strict). Each
 * chart is an image with a text summary; the tables next to them carry the same numbers.
 */
import { useT } from '../shared/i18n';

interface Series {
  label: string;
  values: (number | null)[];
  className: string;
}

interface BarsProps {
  labels: string[];
  series: Series[];
  title: string;
  summary: string;
}

export function BarChart({ labels, series, title, summary }: BarsProps) {
  const t = useT();
  const rowH = series.length > 1 ? 34 : 26;
  const left = 200;
  const width = 560;
  const plot = width - left - 44;
  const top = 22;
  const height = top + labels.length * (rowH + 10) + 8;
  const x = (v: number) => left + (v / 100) * plot;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} preserveAspectRatio="xMinYMin meet">
      {[0, 50, 75, 100].map((t) => (
        <g key={t}>
          <line class="chart-grid" x1={x(t)} x2={x(t)} y1={top - 4} y2={height - 6} />
          <text class="chart-tick" x={x(t)} y={top - 8} text-anchor="middle">
            {t}
          </text>
        </g>
      ))}
      {labels.map((label, i) => {
        const y = top + i * (rowH + 10);
        const barH = (rowH - 4) / series.length;
        return (
          <g key={label}>
            <text class="chart-label" x={left - 8} y={y + rowH / 2 + 4} text-anchor="end">
              {label}
            </text>
            {series.map((s, k) => {
              const v = s.values[i];
              const by = y + 2 + k * barH;
              return v === null || v === undefined ? (
                <text key={s.label} class="chart-none" x={left + 4} y={by + barH / 2 + 4}>
                  {t('reciprocity.tooFewAnswers')}
                </text>
              ) : (
                <g key={s.label}>
                  <rect class={`chart-bar ${s.className}`} x={left} y={by} width={Math.max(1, x(v) - left)} height={barH - 2} rx="2" />
                  <text class="chart-value" x={x(v) + 4} y={by + barH / 2 + 3}>
                    {v}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** A small line of scores over time; decorative next to the numbers in a table. */
export function Sparkline({ values }: { values: (number | null)[] }) {
  const pts = values.map((v, i) => (v === null ? null : [4 + (i * 92) / Math.max(1, values.length - 1), 26 - (v / 100) * 22] as const)).filter((p): p is readonly [number, number] => p !== null);
  if (pts.length < 2) return null;
  return (
    <svg class="sparkline" viewBox="0 0 100 30" width="100" height="30" aria-hidden="true">
      <polyline points={pts.map((p) => p.join(',')).join(' ')} />
      {pts.map((p, i) => (
        <circle key={i} cx={p[0]} cy={p[1]} r="2.5" />
      ))}
    </svg>
  );
}
