import { SCALE } from "@/lib/ranking/exact";

/** Names of the scored stages as users read them (DOMAIN.md glossary); a selection may override them. */
export const DEFAULT_STAGE_LABELS: Readonly<Record<string, string>> = {
  ASSESSMENT: "Assessment",
  PAPER: "Makalah",
  INTERVIEW: "Wawancara",
  TRACK_RECORD: "Rekam Jejak",
};

export function stageLabel(stage: string, overrides?: Readonly<Record<string, string>>): string {
  return overrides?.[stage] ?? DEFAULT_STAGE_LABELS[stage] ?? stage;
}

/** A thousandths count as Indonesian users write numbers: 68 → "68", 67500 → "67,5". */
export function formatThousandths(value: number): string {
  const sign = value < 0 ? "-" : "";
  const absolute = Math.abs(value);
  const whole = Math.floor(absolute / 1000);
  const fraction = String(absolute % 1000).padStart(3, "0").replace(/0+$/, "");
  return `${sign}${whole}${fraction ? `,${fraction}` : ""}`;
}

/** A score as Indonesian users write it (82.5 → "82,5", 70.125 → "70,125"); "–" when there is none. */
export function formatScore(value: number | null): string {
  return value === null ? "–" : formatThousandths(Math.round(value * SCALE));
}
