import { z } from "zod";

import { formatCalendarDate } from "@/lib/dates/calendar";
import { joinWords, pass, pending } from "@/lib/eligibility/text";
import type { RuleContext, RuleEvaluation } from "@/lib/eligibility/types";
import { type Gender, parseNip } from "@/lib/identifiers/nip";

export const nipConsistencyParamsSchema = z.strictObject({});

const GENDER_LABELS: Readonly<Record<Gender, string>> = { M: "laki-laki", F: "perempuan" };
const MANUAL_REVIEW = "perlu pemeriksaan manual oleh Sekretariat Pansel";

/**
 * A mismatch may be a typo in the form or a wrong NIP; neither is grounds to
 * reject, and neither may be trusted silently, so it is never a `fail` and
 * never a `pass`: it waits for a person.
 */
export function evaluateNipConsistency(
  _params: z.output<typeof nipConsistencyParamsSchema>,
  { candidate }: RuleContext,
): RuleEvaluation {
  if (!candidate.nip) return pending("NIP belum diisi");
  const parsed = parseNip(candidate.nip);
  if (!parsed.ok) return pending(`${parsed.message}; ${MANUAL_REVIEW}`);
  const nip = parsed.value;

  const mismatches: string[] = [];
  const missing: string[] = [];
  if (!candidate.birthDate) {
    missing.push("tanggal lahir");
  } else if (candidate.birthDate !== nip.birthDate) {
    mismatches.push(
      `tanggal lahir pada NIP (${formatCalendarDate(nip.birthDate)}) berbeda dengan tanggal lahir yang diisi (${formatDateOrRaw(candidate.birthDate)})`,
    );
  }
  if (!candidate.gender) {
    missing.push("jenis kelamin");
  } else if (candidate.gender !== nip.gender) {
    mismatches.push(
      `jenis kelamin pada NIP (${GENDER_LABELS[nip.gender]}) berbeda dengan yang diisi (${GENDER_LABELS[candidate.gender]})`,
    );
  }

  if (mismatches.length > 0) return pending(`${capitalise(joinWords(mismatches))}; ${MANUAL_REVIEW}`);
  if (missing.length > 0) return pending(`${capitalise(joinWords(missing))} belum diisi; belum dapat dicocokkan dengan NIP`);
  return pass("Tanggal lahir dan jenis kelamin sesuai dengan NIP");
}

function formatDateOrRaw(date: string): string {
  try {
    return formatCalendarDate(date);
  } catch {
    return date;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
