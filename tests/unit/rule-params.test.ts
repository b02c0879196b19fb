// The administrator's rule form covers every parameter the eligibility engine reads: each rule of both
// templates goes to the form and back unchanged, and what the form refuses is worded for the administrator.
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULE_PARAM_SCHEMAS, isRuleId } from "@/lib/eligibility";
import { RULE_PARAM_FIELDS, parseRuleParams, ruleParamsToForm } from "@/lib/selection-content/rule-params";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";

describe("rule parameters in the administrator's form", () => {
  it("has a field for every key of every rule's schema", () => {
    let checked = 0;
    for (const ruleId of RULE_IDS) {
      const schema = RULE_PARAM_SCHEMAS[ruleId] as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } };
      const shape = schema.shape ?? (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod?.def?.shape ?? {};
      const keys = Object.keys(shape);
      if (keys.length === 0) continue;
      expect(RULE_PARAM_FIELDS[ruleId].map((field) => field.key).sort(), ruleId).toEqual(keys.sort());
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it.each([
    ["Singkawang 2025", singkawang2025.rules],
    ["Sawahlunto 2019", sawahlunto2019.rules],
  ])("round-trips every rule of %s through the form unchanged", (_name, rules) => {
    for (const rule of rules) {
      if (!isRuleId(rule.ruleId)) throw new Error(`unknown rule ${rule.ruleId}`);
      const parsed = parseRuleParams(rule.ruleId, ruleParamsToForm(rule.ruleId, rule.params));
      expect(parsed, rule.ruleId).toEqual({ ok: true, params: RULE_PARAM_SCHEMAS[rule.ruleId].parse(rule.params) });
    }
  });

  it("refuses in the administrator's words", () => {
    expect(parseRuleParams("age_range", { min: "36", max: "35" })).toEqual({ ok: false, errors: { min: "Usia paling rendah tidak boleh lebih tinggi dari usia paling tinggi" } });
    expect(parseRuleParams("performance_rating", { years: "0" })).toEqual({ ok: false, errors: { years: "Penilaian prestasi kerja (jumlah tahun terakhir) harus bilangan bulat antara 1 dan 10" } });
    expect(parseRuleParams("education_min", { minimum: "S9" })).toEqual({ ok: false, errors: { minimum: "Pendidikan paling rendah: pilihan tidak dikenal" } });
    expect(parseRuleParams("health", { decidedBy: "DOCUMENT", documentNumbers: "14, lima" })).toEqual({
      ok: false,
      errors: { documentNumbers: "Nomor berkas yang memutuskan: isi nomor berkas (bilangan bulat positif), dipisah koma" },
    });
    expect(parseRuleParams("outside_ppk_approval", { organiserRegionCode: "6172, 6171", organiserName: "Pemerintah Kota Singkawang" })).toEqual({
      ok: false,
      errors: { organiserRegionCode: "Kode wilayah instansi penyelenggara hanya satu kode" },
    });
    expect(parseRuleParams("age_max", { limit: "56", extendedLimit: "58", extendedLevels: ["JPT_PRATAMA"], extendedRequiresNoMpp: "" })).toEqual({
      ok: false,
      errors: { extendedLimit: "Isi batas usia diperpanjang, jabatannya, dan syarat pernyataan MPP bersama-sama, atau kosongkan ketiganya" },
    });
  });
});
