// The pure reading of the secretariat's verdicts: which rules they settle and what decision the
// portal proposes, on the real Singkawang 2025 rules and document list.
import { describe, expect, it } from "vitest";
import { evaluateEligibility, type EligibilityCandidate } from "@/lib/eligibility";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import {
  documentName,
  suggestAdministrativeDecision,
  verdictDecisions,
  type VerifiedDocument,
} from "@/lib/verification/suggestion";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";
import { documentApplies } from "@/lib/applications/submission-check";

const rules = singkawang2025.rules.map(({ ruleId, params }) => ({ ruleId, params }));

// Eligible on every rule the CV decides (Kota Singkawang, so item 21 does not apply).
const CANDIDATE: EligibilityCandidate = {
  nip: "197408171999031004",
  birthDate: "1974-08-17",
  gender: "M",
  employmentStatus: "PNS",
  instansi: { name: "Pemerintah Kota Singkawang", regionCode: "6172" },
  education: "S2",
  rank: "IV/c",
  positions: [{ title: "Sekretaris Dinas", level: "ADMINISTRATOR", start: "2015-06-01", end: null }],
  noMppStatement: false,
  performance: [
    { year: 2023, allElementsAtLeastGood: true },
    { year: 2024, allElementsAtLeastGood: true },
  ],
};

type Verdicts = Partial<Record<number, { status: DocumentStatus; reason?: string }>>;

/** Every requirement of the seed; registration documents UPLOADED unless `verdicts` says otherwise. */
function documents(verdicts: Verdicts = {}, options: { outsideOrganiser?: boolean; reliesOnExtendedAge?: boolean } = {}): VerifiedDocument[] {
  const applicability = {
    applicantRegionCode: options.outsideOrganiser ? "6101" : "6172",
    organiserRegionCode: "6172",
    reliesOnExtendedAge: Boolean(options.reliesOnExtendedAge),
  };
  return singkawang2025.documents.map((requirement) => {
    const applies = documentApplies(requirement.condition, applicability);
    const given = verdicts[requirement.number];
    const status: DocumentStatus = given?.status ?? (applies && requirement.dueStage === "REGISTRATION" ? "UPLOADED" : "MISSING");
    return {
      number: requirement.number,
      title: requirement.title,
      applies,
      dueStage: requirement.dueStage,
      status,
      latestVerdict: status === "MEETS" || status === "FAILS" ? { verdict: status, reason: given?.reason ?? null } : null,
      ruleIds: requirement.ruleIds,
    };
  });
}

const REGISTRATION_NUMBERS = singkawang2025.documents
  .filter((requirement) => requirement.dueStage === "REGISTRATION" && requirement.condition === "ALWAYS")
  .map((requirement) => requirement.number);

function allMeet(overrides: Verdicts = {}): Verdicts {
  return { ...Object.fromEntries(REGISTRATION_NUMBERS.map((number) => [number, { status: "MEETS" as const }])), ...overrides };
}

function evaluate(docs: VerifiedDocument[], candidate: EligibilityCandidate = CANDIDATE) {
  return evaluateEligibility({ rules, candidate, referenceDate: singkawang2025.referenceDatePlanned, decisions: verdictDecisions(docs) });
}

function ruleStatus(docs: VerifiedDocument[], ruleId: string) {
  return evaluate(docs).rules.find((rule) => rule.id === ruleId);
}

describe("verdictDecisions", () => {
  it("passes a rule whose documents all meet, and leaves it pending before", () => {
    expect(ruleStatus(documents(), "lhkpn")?.status).toBe("pending");
    const result = ruleStatus(documents({ 10: { status: "MEETS" } }), "lhkpn");
    expect(result).toEqual({ id: "lhkpn", status: "pass", reason: "Berkas 10 (tanda terima LHKPN Tahun 2024) memenuhi syarat" });
  });

  it("fails a rule on any failing document, quoting the verdict's reason", () => {
    const result = ruleStatus(documents({ 11: { status: "FAILS", reason: "Bukan SPT Tahun 2024" } }), "spt");
    expect(result?.status).toBe("fail");
    expect(result?.reason).toBe(
      "Berkas 11 (tanda terima penyampaian Surat Pemberitahuan Pajak Tahunan (SPT) Tahun 2024) tidak memenuhi: Bukan SPT Tahun 2024",
    );
  });

  it("needs every document of a rule: one of two verified is not enough", () => {
    // position_experience is computed from the CV; discipline (item 12) is pending until its document.
    const decisions = verdictDecisions(documents({ 6: { status: "MEETS" } }));
    expect(decisions.position_experience).toBeUndefined();
    expect(verdictDecisions(documents({ 6: { status: "MEETS" }, 7: { status: "MEETS" } })).position_experience).toEqual({
      status: "pass",
      reason: "Berkas 6 (SK jabatan terakhir) dan berkas 7 (SK jabatan yang pernah diduduki) memenuhi syarat",
    });
  });

  it("keeps rules of documents due at the interview pending, even when verified early", () => {
    const docs = documents({ 14: { status: "MEETS" }, 15: { status: "MEETS" }, 16: { status: "FAILS", reason: "Masa berlaku habis" } });
    expect(verdictDecisions(docs)).not.toHaveProperty("health");
    expect(verdictDecisions(docs)).not.toHaveProperty("drug_free");
    expect(ruleStatus(docs, "drug_free")?.status).toBe("pending");
  });

  it("ignores a document that does not apply (item 21 for the organiser's own PNS)", () => {
    expect(verdictDecisions(documents({ 21: { status: "MEETS" } }))).not.toHaveProperty("outside_ppk_approval");
    expect(verdictDecisions(documents({ 21: { status: "MEETS" } }, { outsideOrganiser: true })).outside_ppk_approval?.status).toBe("pass");
  });

  it("never overturns what the CV decided", () => {
    const docs = documents(allMeet());
    const result = evaluateEligibility({
      rules,
      candidate: { ...CANDIDATE, rank: "IV/a" },
      referenceDate: singkawang2025.referenceDatePlanned,
      decisions: verdictDecisions(docs),
    });
    expect(result.rules.find((rule) => rule.id === "rank_min")?.status).toBe("fail");
  });
});

describe("suggestAdministrativeDecision", () => {
  it("is not ready while registration documents wait for a verdict, naming them", () => {
    const docs = documents(allMeet({ 3: { status: "UPLOADED" }, 10: { status: "UPLOADED" } }));
    expect(suggestAdministrativeDecision({ eligibility: evaluate(docs), documents: docs })).toEqual({ decision: null, reasons: [], unverified: [3, 10] });
  });

  it("proposes MS when every registration document meets; rules still pending (track record, health) do not block", () => {
    const docs = documents(allMeet());
    const eligibility = evaluate(docs);
    expect(eligibility.verdict).toBe("PENDING_VERIFICATION");
    expect(eligibility.rules.filter((rule) => rule.status === "pending").map((rule) => rule.id)).toEqual(["track_record", "health", "drug_free"]);
    expect(suggestAdministrativeDecision({ eligibility, documents: docs })).toEqual({ decision: "MS", reasons: [], unverified: [] });
  });

  it("proposes TMS with one reason per failed document, in the announcement's order, not repeated for its rule", () => {
    const docs = documents(
      allMeet({ 10: { status: "FAILS", reason: "Tidak ditandatangani" }, 2: { status: "FAILS", reason: "Tidak bermaterai" } }),
    );
    const suggestion = suggestAdministrativeDecision({ eligibility: evaluate(docs), documents: docs });
    expect(suggestion).toEqual({
      decision: "TMS",
      reasons: [
        "Berkas 2 (daftar Riwayat Hidup) tidak memenuhi: Tidak bermaterai",
        "Berkas 10 (tanda terima LHKPN Tahun 2024) tidak memenuhi: Tidak ditandatangani",
      ],
      unverified: [],
    });
  });

  it("proposes TMS for a failing rule and a document that was never uploaded", () => {
    const docs = documents(allMeet({ 18: { status: "MISSING" } }));
    const eligibility = evaluateEligibility({
      rules,
      candidate: { ...CANDIDATE, rank: "IV/a" },
      referenceDate: singkawang2025.referenceDatePlanned,
      decisions: verdictDecisions(docs),
    });
    const suggestion = suggestAdministrativeDecision({ eligibility, documents: docs });
    expect(suggestion.decision).toBe("TMS");
    expect(suggestion.reasons[0]).toBe("Berkas 18 (kartu NPWP) tidak diunggah");
    expect(suggestion.reasons[1]).toMatch(/^Tidak memenuhi persyaratan Pangkat\/golongan minimal: .*IV\/a/);
  });

  it("judges item 21 only for applicants from outside the organiser", () => {
    const outside = documents(allMeet({ 21: { status: "UPLOADED" } }), { outsideOrganiser: true });
    expect(suggestAdministrativeDecision({ eligibility: evaluate(outside), documents: outside }).unverified).toEqual([21]);
    const own = documents(allMeet());
    expect(suggestAdministrativeDecision({ eligibility: evaluate(own), documents: own }).decision).toBe("MS");
  });

  it("does not let a document due at the interview hold up or fail the administrative decision", () => {
    const docs = documents(allMeet({ 16: { status: "FAILS", reason: "Masa berlaku habis" }, 14: { status: "UPLOADED" } }));
    expect(suggestAdministrativeDecision({ eligibility: evaluate(docs), documents: docs }).decision).toBe("MS");
  });
});

describe("the 58-year path: the signed no-MPP statement (item 23) decides age_max", () => {
  // 57 years on the planned reference date (1 Dec 2025), a Kepala Dinas (JPT Pratama) since 2019.
  const FORMER_JPT: EligibilityCandidate = {
    ...CANDIDATE,
    nip: "196806151994031002",
    birthDate: "1968-06-15",
    positions: [{ title: "Kepala Dinas Pendidikan", level: "JPT_PRATAMA", start: "2019-01-02", end: null }],
    noMppStatement: true,
  };
  const relying = (verdicts: Verdicts) => documents(allMeet(verdicts), { reliesOnExtendedAge: true });

  it("asks for item 23 only of a candidate who relies on the extended limit", () => {
    expect(documents().find((document) => document.number === 23)?.applies).toBe(false);
    expect(relying({}).find((document) => document.number === 23)?.applies).toBe(true);
  });

  it("waits for the statement's verdict: no suggestion while item 23 is unverified, age_max pending", () => {
    const docs = relying({ 23: { status: "UPLOADED" } });
    const eligibility = evaluate(docs, FORMER_JPT);
    expect(eligibility.rules.find((rule) => rule.id === "age_max")?.status).toBe("pending");
    expect(suggestAdministrativeDecision({ eligibility, documents: docs })).toMatchObject({ decision: null, unverified: [23] });
  });

  it("passes age_max and suggests MS once the statement meets", () => {
    const docs = relying({ 23: { status: "MEETS" } });
    const eligibility = evaluate(docs, FORMER_JPT);
    expect(eligibility.rules.find((rule) => rule.id === "age_max")?.status).toBe("pass");
    expect(suggestAdministrativeDecision({ eligibility, documents: docs }).decision).toBe("MS");
  });

  it("fails age_max and suggests TMS with the verdict's reason when the statement fails", () => {
    const docs = relying({ 23: { status: "FAILS", reason: "Tidak ditandatangani" } });
    const eligibility = evaluate(docs, FORMER_JPT);
    expect(eligibility.rules.find((rule) => rule.id === "age_max")?.status).toBe("fail");
    const suggestion = suggestAdministrativeDecision({ eligibility, documents: docs });
    expect(suggestion.decision).toBe("TMS");
    expect(suggestion.reasons).toEqual([expect.stringMatching(/^Berkas 23 \(surat pernyataan .*\(MPP\)\) tidak memenuhi: Tidak ditandatangani$/)]);
  });

  it("suggests TMS when the candidate relies on the path and never uploaded the statement", () => {
    const docs = relying({ 23: { status: "MISSING" } });
    const suggestion = suggestAdministrativeDecision({ eligibility: evaluate(docs, FORMER_JPT), documents: docs });
    expect(suggestion.decision).toBe("TMS");
    expect(suggestion.reasons[0]).toMatch(/^Berkas 23 .* tidak diunggah$/);
  });
});

describe("documentName", () => {
  it("writes the title in the sentence, keeping acronyms", () => {
    expect(documentName({ number: 10, title: "Tanda terima LHKPN Tahun 2024" })).toBe("Berkas 10 (tanda terima LHKPN Tahun 2024)");
    expect(documentName({ number: 5, title: "SK pangkat terakhir" })).toBe("Berkas 5 (SK pangkat terakhir)");
    expect(documentName({ number: 19, title: "KTP" })).toBe("Berkas 19 (KTP)");
  });
});
