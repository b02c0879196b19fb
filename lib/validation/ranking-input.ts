/**
 * Input of `npm run -s rank` (CONTRACTS.md, "Ranking"), discriminated on `regime`. Objects are strict
 * and score keys must name a configured stage, so a misspelt key ("INTERVEIW") is reported instead of
 * silently excluding candidates. Numbers carry at most 3 decimals: the ranking computes exactly in
 * thousandths (lib/ranking/exact.ts).
 */
import { z } from "zod";

import { isCalendarDate } from "@/lib/dates/calendar";
import { GPA_MAXIMUM, SKD_MAXIMUMS } from "@/lib/ranking/cpns";
import { hasAtMostThreeDecimals } from "@/lib/ranking/exact";
import { strictInputObject } from "@/lib/validation/json-input";

export const RANKING_REGIMES = ["JPT", "CPNS"] as const;

const STAGE_KEY_PATTERN = /^[A-Z][A-Z0-9_]*$/;

/** A number in [min, max] with at most 3 decimals. */
function decimal(field: string, label: string, min: number, max: number) {
  return z
    .number({ error: `${field}: ${label} harus berupa angka` })
    .min(min, { error: `${field}: ${label} tidak boleh kurang dari ${min}` })
    .max(max, { error: `${field}: ${label} tidak boleh lebih dari ${max}` })
    .refine(hasAtMostThreeDecimals, { error: `${field}: ${label} paling banyak 3 angka desimal` });
}

function positiveInt(field: string, label: string) {
  return z
    .int({ error: `${field}: ${label} harus bilangan bulat` })
    .min(1, { error: `${field}: ${label} paling sedikit 1` });
}

function stageRecord<T extends z.ZodType>(value: T, field: string, label: string) {
  return z.record(z.string().regex(STAGE_KEY_PATTERN), value, {
    error: (issue) =>
      issue.code === "invalid_key"
        ? `${field}: kode tahap ditulis dengan huruf besar, angka, dan garis bawah (contoh: INTERVIEW)`
        : issue.code === "invalid_type"
          ? `${field}: ${label} harus berupa objek kode tahap → nilai`
          : undefined,
  });
}

const id = z.string({ error: "candidates[].id: id peserta harus berupa teks" }).min(1, { error: "candidates[].id: id peserta wajib diisi" });
const quota = positiveInt("quota", "kuota formasi");
const shortlistMultiplier = positiveInt("shortlistMultiplier", "jumlah nama per formasi").optional();

function requireUniqueIds(candidates: readonly { id: string }[], context: z.RefinementCtx) {
  const seen = new Set<string>();
  candidates.forEach((candidate, index) => {
    if (seen.has(candidate.id)) {
      context.addIssue({
        code: "custom",
        path: ["candidates", index, "id"],
        message: `candidates[].id: id "${candidate.id}" dipakai lebih dari sekali`,
      });
    }
    seen.add(candidate.id);
  });
}

export const jptCandidateSchema = strictInputObject(
  {
    id,
    scores: stageRecord(
      z.array(decimal("candidates[].scores", "nilai penilai", 0, 100), {
        error: "candidates[].scores: nilai satu tahap harus berupa daftar angka (satu per penilai)",
      }),
      "candidates[].scores",
      "nilai",
    ),
  },
  "candidates[]",
);

export const jptRankingInputSchema = strictInputObject(
  {
    regime: z.literal("JPT"),
    quota,
    shortlistMultiplier,
    weights: stageRecord(decimal("weights", "bobot", 0, 1_000_000), "weights", "bobot"),
    minimums: stageRecord(decimal("minimums", "nilai minimal", 0, 100), "minimums", "nilai minimal").optional(),
    stageLabels: stageRecord(
      z.string({ error: "stageLabels: nama tahap harus berupa teks" }).min(1, { error: "stageLabels: nama tahap wajib diisi" }),
      "stageLabels",
      "nama tahap",
    ).optional(),
    candidates: z.array(jptCandidateSchema, { error: "candidates: peserta harus berupa daftar" }),
  },
  "input",
).superRefine((input, context) => {
  const weights = Object.values(input.weights);
  if (weights.length === 0 || weights.every((weight) => weight === 0)) {
    context.addIssue({ code: "custom", path: ["weights"], message: "weights: paling sedikit satu tahap harus berbobot lebih dari 0" });
  }
  const known = new Set([...Object.keys(input.weights), ...Object.keys(input.minimums ?? {})]);
  input.candidates.forEach((candidate, index) => {
    for (const stage of Object.keys(candidate.scores)) {
      if (!known.has(stage)) {
        context.addIssue({
          code: "custom",
          path: ["candidates", index, "scores", stage],
          message: `candidates[].scores: tahap "${stage}" tidak ada di weights atau minimums (${[...known].join(", ")})`,
        });
      }
    }
  });
  requireUniqueIds(input.candidates, context);
});

function skdScores(field: string, label: string) {
  return strictInputObject(
    {
      TWK: decimal(`${field}.TWK`, `${label} TWK`, 0, SKD_MAXIMUMS.TWK),
      TIU: decimal(`${field}.TIU`, `${label} TIU`, 0, SKD_MAXIMUMS.TIU),
      TKP: decimal(`${field}.TKP`, `${label} TKP`, 0, SKD_MAXIMUMS.TKP),
    },
    field,
  );
}

export const cpnsCandidateSchema = strictInputObject(
  {
    id,
    birthDate: z
      .string({ error: "candidates[].birthDate: tanggal lahir harus berupa teks tanggal TTTT-BB-HH" })
      .refine(isCalendarDate, { error: "candidates[].birthDate: tanggal lahir harus tanggal yang valid (TTTT-BB-HH)" }),
    gpa: decimal("candidates[].gpa", "IPK", 0, GPA_MAXIMUM),
    skd: skdScores("candidates[].skd", "nilai"),
    skb: decimal("candidates[].skb", "nilai SKB", 0, 100).optional(),
  },
  "candidates[]",
);

export const cpnsRankingInputSchema = strictInputObject(
  {
    regime: z.literal("CPNS"),
    quota,
    shortlistMultiplier,
    thresholds: skdScores("thresholds", "nilai ambang batas"),
    candidates: z.array(cpnsCandidateSchema, { error: "candidates: peserta harus berupa daftar" }),
  },
  "input",
).superRefine((input, context) => requireUniqueIds(input.candidates, context));

export const rankingInputSchema = z.discriminatedUnion("regime", [jptRankingInputSchema, cpnsRankingInputSchema], {
  error: (issue) =>
    issue.code === "invalid_union"
      ? `regime: harus salah satu dari ${RANKING_REGIMES.join(", ")}`
      : issue.code === "invalid_type"
        ? "input: harus berupa objek JSON"
        : undefined,
});

export type JptRankingInputData = z.output<typeof jptRankingInputSchema>;
export type CpnsRankingInputData = z.output<typeof cpnsRankingInputSchema>;
export type RankingInputData = z.output<typeof rankingInputSchema>;
