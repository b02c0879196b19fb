import type { FunnelStep } from "@/lib/selections/funnel";

const ROW_HEIGHT = 34;
const LABEL_WIDTH = 250;
const BAR_AREA = 300;
const WIDTH = LABEL_WIDTH + BAR_AREA + 110;

/**
 * The funnel as horizontal bars in plain SVG. Screen readers get the same numbers from the table
 * right below it (the chart itself is presentational).
 */
export function FunnelChart({ steps }: { steps: readonly FunnelStep[] }) {
  const max = Math.max(1, ...steps.map((step) => step.count));
  const height = steps.length * ROW_HEIGHT + 8;
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" aria-hidden="true" focusable="false" data-testid="grafik-corong">
        {steps.map((step, index) => {
          const y = index * ROW_HEIGHT + 4;
          const barWidth = step.count === 0 ? 0 : Math.max(3, (step.count / max) * BAR_AREA);
          // Centred bars narrow step by step: the funnel shape.
          const x = LABEL_WIDTH + (BAR_AREA - barWidth) / 2;
          return (
            <g key={step.key}>
              <text x={0} y={y + ROW_HEIGHT / 2} dominantBaseline="middle" fontSize="13" fill="#1e293b">
                <title>{step.label}</title>
                {shortLabel(step.label)}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={BAR_AREA} height={ROW_HEIGHT - 8} rx="3" fill="#f1f5f9" />
              <rect x={x} y={y + 4} width={barWidth} height={ROW_HEIGHT - 8} rx="3" fill="#1d4ed8" />
              <text x={LABEL_WIDTH + BAR_AREA + 10} y={y + ROW_HEIGHT / 2} dominantBaseline="middle" fontSize="13" fill="#0f172a" fontWeight="600">
                {step.count} ({step.percent}%)
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">Corong seleksi; angka lengkap pada tabel berikut.</figcaption>
      <table className="w-full max-w-xl text-sm" data-testid="tabel-corong">
        <caption className="text-left text-xs text-slate-600">Data corong (persentase terhadap jumlah pendaftar)</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-2">Tahap</th>
            <th scope="col" className="py-1 pr-2 text-right">Jumlah</th>
            <th scope="col" className="py-1 text-right">%</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.key} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {step.label}
              </th>
              <td className="py-1 pr-2 text-right">{step.count}</td>
              <td className="py-1 text-right">{step.percent}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

// SVG text does not wrap: long stage names are shortened in the chart (the table below has them whole).
function shortLabel(label: string): string {
  return label.length > 30 ? `${label.slice(0, 29).trimEnd()}…` : label;
}
