/**
 * Input of the eligibility check (CLI contract in CONTRACTS.md, also the
 * public self-check form). Every candidate field is optional: a missing field
 * makes the rules that need it `pending`, never an error. Objects are strict
 * so that a misspelt key ("birthdate") is reported instead of silently
 * turning a rule into `pending`.
 */
import { z } from "zod";

import { isCalendarDate } from "@/lib/dates/calendar";
import { EDUCATION_LEVELS } from "@/lib/identifiers/education";
import type { PositionLevel } from "@/lib/identifiers/position-level";
import { RANK_CODES } from "@/lib/identifiers/rank";
import { strictInputObject } from "@/lib/validation/json-input";

export const GENDERS = ["M", "F"] as const;
export const EMPLOYMENT_STATUSES = ["PNS", "PPPK", "NON_ASN"] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/**
 * The position levels of the contract. `JF_OTHER` (functional positions of the
 * keterampilan category) is deliberately absent: the contract does not list it
 * and it never counts for any rule, so callers drop such positions.
 */
export const CANDIDATE_POSITION_LEVELS = [
  "PELAKSANA",
  "PENGAWAS",
  "ADMINISTRATOR",
  "JPT_PRATAMA",
  "JPT_MADYA",
  "JPT_UTAMA",
  "JF_AHLI_PERTAMA",
  "JF_AHLI_MUDA",
  "JF_AHLI_MADYA",
  "JF_AHLI_UTAMA",
] as const satisfies readonly PositionLevel[];

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REGION_CODE_PATTERN = /^\d{2,10}$/;

function calendarDate(field: string, label: string) {
  return z
    .string({ error: `${field}: ${label} harus berupa teks tanggal TTTT-BB-HH` })
    .refine(isCalendarDate, {
      error: `${field}: ${label} harus tanggal yang valid dengan format TTTT-BB-HH`,
    });
}

function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  field: string,
  label: string,
) {
  return z.enum(values, {
    error: `${field}: ${label} harus salah satu dari ${values.join(", ")}`,
  });
}

function bool(field: string, label: string) {
  return z.boolean({ error: `${field}: isian "${label}" harus true atau false` });
}

/**
 * A strict object whose errors name the field: an unknown key is listed, a non-object is refused.
 * Shared by the JSON inputs of the command-line tools (eligibility, ranking).
 */

export const candidatePositionSchema = strictInputObject(
  {
    title: z.string({ error: "positions[].title: nama jabatan harus berupa teks" }).optional(),
    level: oneOf(CANDIDATE_POSITION_LEVELS, "positions[].level", "jenjang jabatan"),
    start: calendarDate("positions[].start", "tanggal mulai menjabat"),
    // null means the position is held now; an absent end is read the same way.
    end: calendarDate("positions[].end", "tanggal selesai menjabat").nullable().optional(),
  },
  "positions[]",
).refine((position) => !position.end || position.end >= position.start, {
  error: "positions[].end: tanggal selesai menjabat tidak boleh sebelum tanggal mulai",
  path: ["end"],
});

export const candidatePerformanceSchema = strictInputObject(
  {
    year: z
      .int({ error: "performance[].year: tahun penilaian harus bilangan bulat" })
      .min(1900, { error: "performance[].year: tahun penilaian tidak masuk akal" })
      .max(2100, { error: "performance[].year: tahun penilaian tidak masuk akal" }),
    allElementsAtLeastGood: bool(
      "performance[].allElementsAtLeastGood",
      "seluruh unsur penilaian bernilai baik",
    ),
  },
  "performance[]",
);

export const eligibilityCandidateSchema = strictInputObject(
  {
    nip: z.string({ error: "candidate.nip: NIP harus berupa teks" }).optional(),
    birthDate: calendarDate("candidate.birthDate", "tanggal lahir").optional(),
    gender: oneOf(GENDERS, "candidate.gender", "jenis kelamin").optional(),
    employmentStatus: oneOf(
      EMPLOYMENT_STATUSES,
      "candidate.employmentStatus",
      "status kepegawaian",
    ).optional(),
    instansi: strictInputObject(
      {
        name: z.string({ error: "candidate.instansi.name: nama instansi harus berupa teks" }).optional(),
        regionCode: z
          .string({ error: "candidate.instansi.regionCode: kode wilayah harus berupa teks" })
          .regex(REGION_CODE_PATTERN, {
            error: "candidate.instansi.regionCode: kode wilayah harus 2 sampai 10 digit angka (kode BPS/Kemendagri)",
          })
          .optional(),
      },
      "candidate.instansi",
    ).optional(),
    education: oneOf(EDUCATION_LEVELS, "candidate.education", "pendidikan terakhir").optional(),
    rank: oneOf(RANK_CODES, "candidate.rank", "pangkat/golongan").optional(),
    positions: z
      .array(candidatePositionSchema, { error: "candidate.positions: riwayat jabatan harus berupa daftar" })
      .optional(),
    noMppStatement: bool("candidate.noMppStatement", "pernyataan tidak mengajukan MPP").optional(),
    performance: z
      .array(candidatePerformanceSchema, {
        error: "candidate.performance: penilaian prestasi kerja harus berupa daftar",
      })
      .optional(),
    discipline: strictInputObject(
      {
        moderateOrSevere: bool(
          "candidate.discipline.moderateOrSevere",
          "pernah dijatuhi hukuman disiplin sedang/berat",
        ).optional(),
        underExamination: bool(
          "candidate.discipline.underExamination",
          "sedang dalam pemeriksaan disiplin",
        ).optional(),
      },
      "candidate.discipline",
    ).optional(),
    criminalConviction: bool("candidate.criminalConviction", "pernah dipidana").optional(),
  },
  "candidate",
);

export const eligibilityInputSchema = strictInputObject(
  {
    selection: z
      .string({ error: "selection: slug seleksi wajib diisi" })
      .regex(SLUG_PATTERN, {
        error: "selection: slug seleksi hanya huruf kecil, angka, dan tanda hubung (contoh: sekda-singkawang-2025)",
      }),
    referenceDate: calendarDate("referenceDate", "tanggal acuan").optional(),
    candidate: eligibilityCandidateSchema,
  },
  "input",
);

export type EligibilityCandidate = z.output<typeof eligibilityCandidateSchema>;
export type CandidatePosition = z.output<typeof candidatePositionSchema>;
export type CandidatePerformance = z.output<typeof candidatePerformanceSchema>;
export type EligibilityInput = z.output<typeof eligibilityInputSchema>;

/**
 * One line per problem, prefixed with the exact path (`candidate.positions.0.end`),
 * for the CLIs' stderr and for logs.
 */
