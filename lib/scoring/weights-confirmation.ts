// How the weights and minimums of a selection are shown wherever they appear (#13): "belum
// dikonfirmasi" until the chair confirms them, then the date of the confirmation. Pure: pages, PDFs
// and the frozen announcements use the same words.
import { formatWib } from "@/lib/dates/wib";

export const WEIGHTS_UNCONFIRMED_LABEL = "belum dikonfirmasi";

export function weightsConfirmationLabel(confirmedAt: Date | null): string {
  return confirmedAt ? `dikonfirmasi Ketua Pansel pada ${formatWib(confirmedAt)}` : WEIGHTS_UNCONFIRMED_LABEL;
}

export type WeightLine = { name: string; weight: number | null; minimum: number | null };

function formatNumber(value: number): string {
  return value.toLocaleString("id-ID", { maximumFractionDigits: 3 });
}

/** "Wawancara 35%, nilai minimum 68" — one stage as a sentence fragment. */
export function weightLineText(line: WeightLine): string {
  const weight = line.weight === null ? "bobot belum diisi" : `bobot ${formatNumber(line.weight)}%`;
  return `${line.name}: ${weight}${line.minimum === null ? "" : `, nilai minimum ${formatNumber(line.minimum)} (peserta di bawahnya tidak diperingkat)`}`;
}
