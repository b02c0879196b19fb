import type { ChartBar } from "@/lib/selections/dashboard-charts";
import { ScrollRegion } from "@/components/ui/scroll-region";

const COLUMN = 28;
const CHART_HEIGHT = 140;
const LABEL_HEIGHT = 46;

/**
 * Columns in plain SVG, drawn on the server (no script, nothing for the CSP to refuse). The picture is
 * presentational; screen readers and keyboard users get the same numbers from the table after it.
 */
export function BarChart({
  bars,
  caption,
  valueLabel,
  categoryLabel,
  highlightNote,
  testId,
}: {
  bars: readonly ChartBar[];
  caption: string;
  valueLabel: string;
  categoryLabel: string;
  /** What a highlighted column means, e.g. "batas akhir pendaftaran". */
  highlightNote?: string;
  testId: string;
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const width = Math.max(bars.length * COLUMN, 200);
  const height = CHART_HEIGHT + LABEL_HEIGHT;
  return (
    <figure className="space-y-3" data-testid={testId}>
      <ScrollRegion label={caption}>
        <svg viewBox={`0 0 ${width} ${height}`} className="h-48 min-w-full" style={{ width: `${width}px` }} aria-hidden="true" focusable="false">
          {bars.map((bar, index) => {
            const barHeight = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * (CHART_HEIGHT - 18));
            const x = index * COLUMN + 4;
            return (
              <g key={bar.key}>
                <rect x={x} y={CHART_HEIGHT - barHeight} width={COLUMN - 8} height={barHeight} rx="2" fill={bar.highlight ? "#b45309" : "#1d4ed8"} />
                {bar.value > 0 ? (
                  <text x={x + (COLUMN - 8) / 2} y={CHART_HEIGHT - barHeight - 4} textAnchor="middle" fontSize="10" fill="#0f172a">
                    {bar.value}
                  </text>
                ) : null}
                <text
                  x={x + (COLUMN - 8) / 2}
                  y={CHART_HEIGHT + 8}
                  fontSize="10"
                  fill="#334155"
                  textAnchor="end"
                  transform={`rotate(-50 ${x + (COLUMN - 8) / 2} ${CHART_HEIGHT + 8})`}
                >
                  {bar.label}
                </text>
              </g>
            );
          })}
          <line x1="0" x2={width} y1={CHART_HEIGHT} y2={CHART_HEIGHT} stroke="#94a3b8" />
        </svg>
      </ScrollRegion>
      <figcaption className="text-xs text-slate-600">
        {caption}
        {highlightNote ? ` Kolom berwarna jingga: ${highlightNote}.` : ""}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Tabel data</summary>
        <table className="mt-2 w-full max-w-md text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">{categoryLabel}</th>
              <th scope="col" className="py-1 text-right">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {bar.label}
                  {bar.highlight && highlightNote ? ` (${highlightNote})` : ""}
                </th>
                <td className="py-1 text-right">{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
