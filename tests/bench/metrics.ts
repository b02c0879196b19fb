// The benchmark's figures as CONTRACTS.md ("Benchmarks") writes them: a stable lower-case dot-separated
// name, a value and unit, the goal as text, `ratio` where the goal is a ratio to a reference measured in
// the same run, and `met` where there is a goal. Pure: no I/O, unit-tested (tests/unit/bench-metrics.test.ts).

export type Goal = { op: "<=" | ">=" | "=="; target: number };

export type Metric = { name: string; value: number; unit: string; goal: string; ratio?: number; met?: boolean };

const NAME = /^[a-z0-9_]+(\.[a-z0-9_]+)+$/;

/** Rounds to a sensible number of significant places: 3 decimals below 10, 1 below 1,000, whole above. */
export function roundFigure(value: number): number {
  if (!Number.isFinite(value)) return value;
  const size = Math.abs(value);
  const places = size < 10 ? 3 : size < 1000 ? 1 : 0;
  return Number(value.toFixed(places));
}

export function goalText(goal: Goal | null, unit = ""): string {
  if (!goal) return "—";
  const sign = goal.op === "<=" ? "≤" : goal.op === ">=" ? "≥" : "=";
  return `${sign} ${goal.target}${unit ? ` ${unit}` : ""}`;
}

/** Whether `value` meets the goal; a value that is not a finite number (a failed measurement) never does. */
export function meets(value: number, goal: Goal): boolean {
  if (!Number.isFinite(value)) return false;
  if (goal.op === "<=") return value <= goal.target;
  if (goal.op === ">=") return value >= goal.target;
  return value === goal.target;
}

/**
 * One figure. `ratio: true` marks a ratio to a reference of the same run (the value is the ratio and is
 * repeated in `ratio`). Without a goal the figure is informational: no `met`.
 */
export function metric(name: string, value: number, unit: string, goal: Goal | null = null, options: { ratio?: boolean } = {}): Metric {
  if (!NAME.test(name)) throw new Error(`Metric name not lower-case and dot-separated: ${name}`);
  const rounded = roundFigure(value);
  const out: Metric = { name, value: rounded, unit, goal: goalText(goal, options.ratio ? "" : unit) };
  if (options.ratio) out.ratio = rounded;
  if (goal) out.met = meets(value, goal);
  return out;
}

/** A / B, NaN when the reference is not a positive finite number. */
export function ratioOf(value: number, reference: number): number {
  return reference > 0 && Number.isFinite(reference) ? value / reference : Number.NaN;
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The printed table: one line per figure with its goal and ✔/✘ (or blank when there is no goal). */
export function formatTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => [m.name, String(m.value), m.unit, m.goal, m.met === undefined ? "" : m.met ? "met" : "NOT met"]);
  const header = ["metric", "value", "unit", "goal", "met"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
