import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { EligibilityChecklist, ageLine } from "@/components/eligibility/eligibility-checklist";
import type { EligibilityResult } from "@/lib/eligibility";

const RESULT: EligibilityResult = {
  verdict: "NOT_ELIGIBLE",
  referenceDate: "2025-12-01",
  age: { years: 59, months: 4, days: 0, limit: 56 },
  rules: [
    { id: "rank_min", status: "pass", reason: "Pangkat Pembina Tingkat I (IV/b) memenuhi minimal Pembina Tingkat I (IV/b)" },
    { id: "age_max", status: "fail", reason: "Usia melebihi batas 56 tahun" },
    { id: "health", status: "pending", reason: "Menunggu verifikasi dokumen" },
    { id: "rule_from_the_future", status: "pending", reason: "Aturan tidak dikenal" },
  ],
};

describe("EligibilityChecklist", () => {
  const html = renderToStaticMarkup(createElement(EligibilityChecklist, { result: RESULT, ruleTexts: { rank_min: "Pangkat paling rendah IV/b" } }));

  it("states the verdict in words inside a polite live region", () => {
    expect(html).toMatch(/^<div aria-live="polite"/);
    expect(html).toContain("TIDAK MEMENUHI SYARAT");
    expect(html).toContain("1 dari 4 persyaratan tidak terpenuhi.");
  });

  it("marks every rule with its id, status, label, status text and reason", () => {
    expect(html).toContain('data-rule-id="rank_min" data-status="pass"');
    expect(html).toContain('data-rule-id="age_max" data-status="fail"');
    expect(html).toContain('data-rule-id="health" data-status="pending"');
    expect(html).toContain("Pangkat/golongan minimal");
    expect(html).toContain("Tidak memenuhi");
    expect(html).toContain("Menunggu verifikasi");
    expect(html).toContain("Bunyi persyaratan: Pangkat paling rendah IV/b");
    // An id this version does not know is shown as it is, never hidden.
    expect(html).toContain("rule_from_the_future");
  });
});

describe("ageLine", () => {
  it("reads the age on the reference date with the applicable limit", () => {
    expect(ageLine(RESULT)).toBe("Usia pada 1 Desember 2025: 59 tahun 4 bulan 0 hari (batas 56 tahun)");
    expect(ageLine({ ...RESULT, age: { years: 30, months: 0, days: 1, limit: null } })).toBe("Usia pada 1 Desember 2025: 30 tahun 0 bulan 1 hari");
  });

  it("says when the age cannot be computed", () => {
    expect(ageLine({ ...RESULT, age: null })).toMatch(/^Usia pada 1 Desember 2025: belum dapat dihitung/);
  });
});
