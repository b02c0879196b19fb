// The parameters of each eligibility rule as the administrator's form edits them. The engine's own
// schemas (lib/eligibility/registry.ts RULE_PARAM_SCHEMAS) stay the authority: every field here is
// converted from what the form sends (text, ticked boxes) and the result is parsed by the rule's schema.
// Pure: the form and the server share it.
import { RULE_PARAM_SCHEMAS } from "@/lib/eligibility/registry";
import type { RuleId } from "@/lib/eligibility/catalog";
import { EDUCATION_LEVELS } from "@/lib/identifiers/education";
import { POSITION_LEVELS, POSITION_LEVEL_LABELS } from "@/lib/identifiers/position-level";
import { RANK_CODES, rankLabel } from "@/lib/identifiers/rank";
import { EMPLOYMENT_STATUSES } from "@/lib/validation/eligibility-input";

type Option = { value: string; label: string };

export type ParamField =
  | { key: string; kind: "int"; label: string; min: number; max: number; optional?: boolean }
  | { key: string; kind: "choice"; label: string; options: readonly Option[]; optional?: boolean }
  | { key: string; kind: "choices"; label: string; options: readonly Option[]; optional?: boolean }
  | { key: string; kind: "codes"; label: string; hint: string; pattern: RegExp; patternMessage: string }
  | { key: string; kind: "numbers"; label: string; hint: string; optional?: boolean }
  | { key: string; kind: "text"; label: string; max: number }
  | { key: string; kind: "yesno"; label: string; optional?: boolean };

/** What the form holds for one parameter: text, the ticked values, or nothing. */
export type ParamInput = string | string[];

const options = (values: readonly string[], label: (value: string) => string = (value) => value): Option[] =>
  values.map((value) => ({ value, label: label(value) }));

const EMPLOYMENT_LABELS: Record<string, string> = { PNS: "PNS", PPPK: "PPPK", NON_ASN: "Non-ASN" };
const POSITION_OPTIONS = options(POSITION_LEVELS, (level) => POSITION_LEVEL_LABELS[level as keyof typeof POSITION_LEVEL_LABELS]);
const VERIFICATION_FIELDS: ParamField[] = [
  {
    key: "decidedBy",
    kind: "choice",
    label: "Diputuskan oleh",
    options: [
      { value: "DOCUMENT", label: "Berkas yang diverifikasi" },
      { value: "PANSEL", label: "Keputusan Pansel" },
      { value: "DECLARATION", label: "Surat pernyataan pelamar" },
    ],
  },
  { key: "documentNumbers", kind: "numbers", label: "Nomor berkas yang memutuskan", hint: "Nomor pada daftar berkas, dipisah koma (contoh: 14, 15)", optional: true },
];

/** The editable parameters of each rule; a rule without parameters has none. */
export const RULE_PARAM_FIELDS: Record<RuleId, readonly ParamField[]> = {
  pns_status: [{ key: "allowed", kind: "choices", label: "Status kepegawaian yang boleh melamar", options: options(EMPLOYMENT_STATUSES, (value) => EMPLOYMENT_LABELS[value] ?? value) }],
  region_scope: [
    {
      key: "regionCodes",
      kind: "codes",
      label: "Kode wilayah instansi asal",
      hint: "Awalan kode wilayah, dipisah koma (contoh: 61 untuk seluruh Kalimantan Barat)",
      pattern: /^\d{2,10}$/,
      patternMessage: "Kode wilayah harus 2 sampai 10 digit angka",
    },
  ],
  education_min: [{ key: "minimum", kind: "choice", label: "Pendidikan paling rendah", options: options(EDUCATION_LEVELS) }],
  rank_min: [{ key: "minimum", kind: "choice", label: "Pangkat/golongan paling rendah", options: options(RANK_CODES, (code) => rankLabel(code as (typeof RANK_CODES)[number])) }],
  position_experience: [
    { key: "levels", kind: "choices", label: "Jabatan yang dihitung sebagai pengalaman", options: POSITION_OPTIONS },
    { key: "minYears", kind: "int", label: "Lama pengalaman paling singkat (tahun)", min: 1, max: 40 },
  ],
  age_max: [
    { key: "limit", kind: "int", label: "Batas usia (tahun)", min: 18, max: 70 },
    { key: "extendedLimit", kind: "int", label: "Batas usia diperpanjang (tahun, opsional)", min: 18, max: 70, optional: true },
    { key: "extendedLevels", kind: "choices", label: "Jabatan yang mendapat batas diperpanjang", options: POSITION_OPTIONS, optional: true },
    { key: "extendedRequiresNoMpp", kind: "yesno", label: "Batas diperpanjang mensyaratkan pernyataan tidak mengambil MPP", optional: true },
  ],
  nip_consistency: [],
  performance_rating: [{ key: "years", kind: "int", label: "Penilaian prestasi kerja (jumlah tahun terakhir)", min: 1, max: 10 }],
  discipline: [],
  criminal_record: [],
  outside_ppk_approval: [
    { key: "organiserRegionCode", kind: "codes", label: "Kode wilayah instansi penyelenggara", hint: "Satu kode, contoh: 6172", pattern: /^\d{2,10}$/, patternMessage: "Kode wilayah harus 2 sampai 10 digit angka" },
    { key: "organiserName", kind: "text", label: "Nama instansi penyelenggara", max: 200 },
  ],
  competency: VERIFICATION_FIELDS,
  track_record: VERIFICATION_FIELDS,
  health: VERIFICATION_FIELDS,
  drug_free: VERIFICATION_FIELDS,
  lhkpn: VERIFICATION_FIELDS,
  spt: VERIFICATION_FIELDS,
  willingness: VERIFICATION_FIELDS,
  age_range: [
    { key: "min", kind: "int", label: "Usia paling rendah (tahun)", min: 0, max: 70 },
    { key: "max", kind: "int", label: "Usia paling tinggi (tahun)", min: 1, max: 70 },
  ],
  not_civil_servant: [],
  education_in_formation: [{ key: "accepted", kind: "choices", label: "Jenjang pendidikan yang diterima", options: options(EDUCATION_LEVELS) }],
};

const listOf = (value: ParamInput | undefined): string[] =>
  (Array.isArray(value) ? value : (value ?? "").split(","))
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** A stored rule's params as the form shows them. */
export function ruleParamsToForm(ruleId: RuleId, params: unknown): Record<string, ParamInput> {
  const stored = params && typeof params === "object" && !Array.isArray(params) ? (params as Record<string, unknown>) : {};
  const form: Record<string, ParamInput> = {};
  for (const field of RULE_PARAM_FIELDS[ruleId]) {
    const value = stored[field.key];
    if (field.kind === "choices") form[field.key] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind === "codes" || field.kind === "numbers") form[field.key] = Array.isArray(value) ? value.map(String).join(", ") : typeof value === "string" ? value : "";
    else if (field.kind === "yesno") form[field.key] = value === true ? "true" : value === false ? "false" : "";
    else form[field.key] = value === undefined || value === null ? "" : String(value);
  }
  return form;
}

export type ParsedParams = { ok: true; params: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/**
 * The form's parameters of `ruleId` converted and checked: each field with an Indonesian message naming
 * it, then the rule's own schema (the engine reads only what it accepts).
 */
export function parseRuleParams(ruleId: RuleId, input: Record<string, ParamInput | undefined>): ParsedParams {
  const errors: Record<string, string> = {};
  const params: Record<string, unknown> = {};
  for (const field of RULE_PARAM_FIELDS[ruleId]) {
    const raw = input[field.key];
    const text = Array.isArray(raw) ? "" : (raw ?? "").trim();
    switch (field.kind) {
      case "int": {
        if (text === "") {
          if (!field.optional) errors[field.key] = `${field.label} wajib diisi`;
          break;
        }
        const value = /^\d+$/.test(text) ? Number(text) : NaN;
        if (!Number.isInteger(value) || value < field.min || value > field.max) errors[field.key] = `${field.label} harus bilangan bulat antara ${field.min} dan ${field.max}`;
        else params[field.key] = value;
        break;
      }
      case "choice": {
        if (text === "") {
          if (!field.optional) errors[field.key] = `Pilih ${field.label.toLowerCase()}`;
        } else if (!field.options.some((option) => option.value === text)) errors[field.key] = `${field.label}: pilihan tidak dikenal`;
        else params[field.key] = text;
        break;
      }
      case "choices": {
        const values = listOf(raw);
        if (values.length === 0) {
          if (!field.optional) errors[field.key] = `Pilih paling sedikit satu: ${field.label.toLowerCase()}`;
        } else if (values.some((value) => !field.options.some((option) => option.value === value))) errors[field.key] = `${field.label}: pilihan tidak dikenal`;
        else params[field.key] = [...new Set(values)];
        break;
      }
      case "codes": {
        const values = listOf(raw);
        if (values.length === 0) errors[field.key] = `${field.label} wajib diisi`;
        else if (values.some((value) => !field.pattern.test(value))) errors[field.key] = field.patternMessage;
        else if (field.key === "organiserRegionCode" && values.length > 1) errors[field.key] = `${field.label} hanya satu kode`;
        else params[field.key] = field.key === "organiserRegionCode" ? values[0] : [...new Set(values)];
        break;
      }
      case "numbers": {
        const values = listOf(raw);
        if (values.length === 0) {
          if (!field.optional) errors[field.key] = `${field.label} wajib diisi`;
        } else if (values.some((value) => !/^\d{1,3}$/.test(value) || Number(value) < 1)) errors[field.key] = `${field.label}: isi nomor berkas (bilangan bulat positif), dipisah koma`;
        else params[field.key] = [...new Set(values.map(Number))];
        break;
      }
      case "text": {
        if (text === "") errors[field.key] = `${field.label} wajib diisi`;
        else if (text.length > field.max) errors[field.key] = `${field.label} maksimal ${field.max} karakter`;
        else params[field.key] = text;
        break;
      }
      case "yesno": {
        if (text === "true" || text === "false") params[field.key] = text === "true";
        else if (text !== "" || !field.optional) errors[field.key] = `Pilih Ya atau Tidak: ${field.label.toLowerCase()}`;
        break;
      }
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The rules' relations between fields, in the administrator's words.
  if (ruleId === "age_max") {
    const extended = ["extendedLimit", "extendedLevels", "extendedRequiresNoMpp"].filter((key) => params[key] !== undefined);
    if (extended.length > 0 && extended.length < 3) {
      return { ok: false, errors: { extendedLimit: "Isi batas usia diperpanjang, jabatannya, dan syarat pernyataan MPP bersama-sama, atau kosongkan ketiganya" } };
    }
    if (typeof params.extendedLimit === "number" && params.extendedLimit <= (params.limit as number)) {
      return { ok: false, errors: { extendedLimit: "Batas usia diperpanjang harus lebih tinggi dari batas usia" } };
    }
  }
  if (ruleId === "age_range" && (params.min as number) > (params.max as number)) {
    return { ok: false, errors: { min: "Usia paling rendah tidak boleh lebih tinggi dari usia paling tinggi" } };
  }
  const parsed = RULE_PARAM_SCHEMAS[ruleId].safeParse(params);
  if (!parsed.success) {
    const issues: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = typeof issue.path[0] === "string" ? issue.path[0] : (RULE_PARAM_FIELDS[ruleId][0]?.key ?? "params");
      issues[key] ??= `${labelOf(ruleId, key)} tidak valid`;
    }
    return { ok: false, errors: issues };
  }
  return { ok: true, params: parsed.data as Record<string, unknown> };
}

function field(ruleId: RuleId, key: string): ParamField | undefined {
  return RULE_PARAM_FIELDS[ruleId].find((entry) => entry.key === key);
}

function labelOf(ruleId: RuleId, key: string): string {
  return field(ruleId, key)?.label ?? "Parameter";
}

/** The document numbers a rule's params name (verification rules decided by documents). */
export function referencedDocumentNumbers(params: unknown): number[] {
  const numbers = params && typeof params === "object" && "documentNumbers" in params ? (params as { documentNumbers?: unknown }).documentNumbers : undefined;
  return Array.isArray(numbers) ? numbers.filter((value): value is number => typeof value === "number") : [];
}
