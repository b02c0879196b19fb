// The self-check form's values and their reading as an eligibility candidate. Pure (no React), so the
// mapping is unit-tested. The candidate is validated with the same zod schema as the CLI input; a field
// that fails it is reported beside the field and left out of the candidate, so the rules that need it
// say "pending" instead of the whole check stopping while the visitor is still typing.
import type { z } from "zod";
import { RULE_PARAM_SCHEMAS } from "@/lib/eligibility/registry";
import { requiredPerformanceYears } from "@/lib/eligibility/rules/conduct";
import type { RuleConfig } from "@/lib/eligibility/types";
import { type EligibilityCandidate, eligibilityCandidateSchema } from "@/lib/validation/eligibility-input";

/** The instansi option for an institution that is not in the reference list. */
export const OTHER_INSTITUTION = "lainnya";

export type YesNo = "" | "yes" | "no";

export type PositionRow = {
  title: string;
  level: string;
  start: string;
  /** Undefined while the field is disabled because the position is current. */
  end?: string;
  isCurrent: boolean;
};

export type PerformanceRow = { year: number; rating: "" | "good" | "below" };

export type SelfCheckValues = {
  nip: string;
  birthDate: string;
  gender: string;
  employmentStatus: string;
  institution: string;
  otherInstitutionName: string;
  otherRegionCode: string;
  education: string;
  rank: string;
  positions: PositionRow[];
  noMppStatement: boolean;
  performance: PerformanceRow[];
  disciplineModerateOrSevere: YesNo;
  disciplineUnderExamination: YesNo;
  criminalConviction: YesNo;
};

/** What react-hook-form's watch may hand over: anything can be missing, radios can be null. */
export type PartialSelfCheckValues = {
  [K in keyof SelfCheckValues]?: SelfCheckValues[K] extends (infer Row)[]
    ? ({ [F in keyof Row]?: Row[F] | null } | undefined)[]
    : SelfCheckValues[K] | null;
};

export type InstitutionChoice = { name: string; regionCode: string };

export type SelfCheckReading = {
  candidate: EligibilityCandidate;
  /** Form field name (`birthDate`, `positions.0.end`, ...) → Indonesian message. */
  fieldErrors: Record<string, string>;
  /** Rows were entered but at least one is incomplete, so the history is not counted yet. */
  positionsIncomplete: boolean;
};

export const EMPTY_POSITION: PositionRow = { title: "", level: "", start: "", end: "", isCurrent: false };

export function emptySelfCheckValues(performanceYears: readonly number[]): SelfCheckValues {
  return {
    nip: "",
    birthDate: "",
    gender: "",
    employmentStatus: "",
    institution: "",
    otherInstitutionName: "",
    otherRegionCode: "",
    education: "",
    rank: "",
    positions: [],
    noMppStatement: false,
    performance: performanceYears.map((year) => ({ year, rating: "" })),
    disciplineModerateOrSevere: "",
    disciplineUnderExamination: "",
    criminalConviction: "",
  };
}

/**
 * The appraisal years the selection asks about (the `years` calendar years
 * before the reference date's year); none when it has no performance rule or
 * its parameters cannot be read (the engine reports that itself).
 */
export function performanceYearsFor(rules: readonly RuleConfig[], referenceDate: string): number[] {
  const rule = rules.find((entry) => entry.ruleId === "performance_rating");
  if (!rule) return [];
  const params = RULE_PARAM_SCHEMAS.performance_rating.safeParse(rule.params ?? {});
  if (!params.success) return [];
  try {
    return requiredPerformanceYears(referenceDate, params.data.years);
  } catch {
    return [];
  }
}

const text = (value: string | null | undefined) => (value ?? "").trim();

function yesNo(value: YesNo | null | undefined): boolean | undefined {
  if (value === "yes") return true;
  if (value === "no") return false;
  return undefined;
}

const END_MISSING = 'Isi tanggal selesai menjabat, atau centang "Masih menjabat"';

type RawCandidate = Record<string, unknown>;

function buildRawCandidate(values: PartialSelfCheckValues, institutions: readonly InstitutionChoice[]) {
  const raw: RawCandidate = {};
  const rowErrors: Record<string, string> = {};
  const put = (key: string, value: string) => {
    if (value) raw[key] = value;
  };
  put("nip", text(values.nip));
  put("birthDate", text(values.birthDate));
  put("gender", text(values.gender));
  put("employmentStatus", text(values.employmentStatus));
  put("education", text(values.education));
  put("rank", text(values.rank));

  const institution = text(values.institution);
  if (institution === OTHER_INSTITUTION) {
    const instansi: Record<string, string> = {};
    if (text(values.otherInstitutionName)) instansi.name = text(values.otherInstitutionName);
    if (text(values.otherRegionCode)) instansi.regionCode = text(values.otherRegionCode);
    if (Object.keys(instansi).length > 0) raw.instansi = instansi;
  } else if (institution) {
    const known = institutions.find((option) => option.name === institution);
    if (known) raw.instansi = { name: known.name, regionCode: known.regionCode };
  }

  const rows = (values.positions ?? []).filter((row) => row !== undefined);
  if (rows.length > 0) {
    raw.positions = rows.map((row, index) => {
      const position: Record<string, unknown> = { level: text(row.level), start: text(row.start) };
      if (text(row.title)) position.title = text(row.title);
      if (row.isCurrent) {
        position.end = null;
      } else if (text(row.end)) {
        position.end = text(row.end);
      } else {
        // The contract reads a missing end as "current"; on a form that is more likely a field not filled yet.
        rowErrors[`positions.${index}.end`] = END_MISSING;
        position.end = null;
      }
      return position;
    });
  }

  raw.noMppStatement = values.noMppStatement === true;

  const rated = (values.performance ?? []).filter(
    (row): row is PerformanceRow => row !== undefined && typeof row.year === "number" && (row.rating === "good" || row.rating === "below"),
  );
  if (rated.length > 0) {
    raw.performance = rated.map((row) => ({ year: row.year, allElementsAtLeastGood: row.rating === "good" }));
  }

  const discipline: Record<string, boolean> = {};
  const moderateOrSevere = yesNo(values.disciplineModerateOrSevere);
  const underExamination = yesNo(values.disciplineUnderExamination);
  if (moderateOrSevere !== undefined) discipline.moderateOrSevere = moderateOrSevere;
  if (underExamination !== undefined) discipline.underExamination = underExamination;
  if (Object.keys(discipline).length > 0) raw.discipline = discipline;

  const criminalConviction = yesNo(values.criminalConviction);
  if (criminalConviction !== undefined) raw.criminalConviction = criminalConviction;

  return { raw, rowErrors, hasPositionRows: rows.length > 0 };
}

const DISCIPLINE_FIELDS: Readonly<Record<string, keyof SelfCheckValues>> = {
  moderateOrSevere: "disciplineModerateOrSevere",
  underExamination: "disciplineUnderExamination",
};

/** A path of the candidate schema → the form field that holds it. */
function formFieldOf(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  if (head === "instansi") {
    if (second === "regionCode") return "otherRegionCode";
    if (second === "name") return "otherInstitutionName";
    return "institution";
  }
  if (head === "positions" && second !== undefined) return third ? `positions.${second}.${third}` : `positions.${second}.level`;
  if (head === "performance") return "performance";
  if (head === "discipline" && second) return DISCIPLINE_FIELDS[second] ?? "disciplineModerateOrSevere";
  return head ?? "_form";
}

/** "candidate.birthDate: tanggal lahir harus …" → "Tanggal lahir harus …" beside the field. */
function fieldMessage(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^[\w.[\]]+: /, "");
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export function readSelfCheck(
  values: PartialSelfCheckValues,
  institutions: readonly InstitutionChoice[],
): SelfCheckReading {
  const { raw, rowErrors, hasPositionRows } = buildRawCandidate(values, institutions);
  const fieldErrors: Record<string, string> = { ...rowErrors };

  const first = eligibilityCandidateSchema.safeParse(raw);
  if (!first.success) {
    for (const issue of first.error.issues) {
      fieldErrors[formFieldOf(issue.path)] ??= fieldMessage(issue);
      // Leave the whole top-level field out: its rules wait for a valid value.
      const key = issue.path[0];
      if (typeof key === "string") delete raw[key];
    }
  }
  // One unreadable row would make the total experience wrong, so the history counts only when every row is whole.
  if (Object.keys(fieldErrors).some((name) => name.startsWith("positions."))) delete raw.positions;

  const second = eligibilityCandidateSchema.safeParse(raw);
  return {
    candidate: second.success ? second.data : {},
    fieldErrors,
    positionsIncomplete: hasPositionRows && raw.positions === undefined,
  };
}
