// The CPNS demo selection against Peraturan Walikota Sawahlunto 60/2019 (tests/fixtures/seeds/
// sawahlunto-2019-cpns-guideline.txt, a verbatim copy of the seed): every sentence the seed data takes from
// the guideline is found there, and what the guideline does not give is marked as demo data.
import { describe, expect, it } from "vitest";
import { evaluateEligibility, validateRuleConfig } from "@/lib/eligibility";
import { sawahlunto2019 } from "@/prisma/seed-data/sawahlunto-2019";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";
import { seedLine, seedLines } from "@/tests/fixtures/seed-text";

// The guideline as one text: its lines (whitespace collapsed, list markers removed, as seedLines does) joined
// with spaces, so that a sentence broken over lines or a page break reads whole. The extraction's markdown
// emphasis ("*e-mail*", "*Computer Assisted Test*") is not the guideline's wording and is dropped.
const GUIDELINE = seedLines("sawahlunto").join(" ").replaceAll("*", "");
// Lower case and without the sentence's closing ";", "; dan" or ".": the seed data capitalises a requirement
// that the guideline lists as "a. usia paling rendah ...;".
const comparable = (text: string) => text.toLowerCase().replace(/(;\s*dan|;|\.)$/, "");
const inGuideline = (text: string) => GUIDELINE.toLowerCase().includes(comparable(text));

/** Item `number` ("1) ...") of the list of documents in IV.C.2.a. */
function documentItem(number: number): string {
  const list = GUIDELINE.indexOf("pelamar juga menyampaikan dokumen");
  const start = GUIDELINE.indexOf(` ${number}) `, list);
  const end = number === 5 ? GUIDELINE.indexOf(" b. Penyampaian dokumen", start) : GUIDELINE.indexOf(` ${number + 1}) `, start);
  return GUIDELINE.slice(start, end).trim().replace(/^\d+\) /, "");
}

function expectFromGuideline(texts: readonly string[]) {
  for (const text of texts) expect(inGuideline(text), text).toBe(true);
}

describe("the Sawahlunto 2019 CPNS demo selection", () => {
  it("is a CPNS selection named, chaired and based as the guideline says", () => {
    expect(sawahlunto2019.regime).toBe("CPNS");
    expectFromGuideline([sawahlunto2019.title, sawahlunto2019.committeeName, sawahlunto2019.committeeAddress, sawahlunto2019.chairName]);
    expect(seedLine("sawahlunto", "diketuai oleh")).toContain(`diketuai oleh ${sawahlunto2019.chairName}`);
    expectFromGuideline(sawahlunto2019.legalBasis);
    // Each regulation is one of the "Mengingat" items, or the guideline itself (title and number on separate lines).
    expect(sawahlunto2019.legalBasis.at(-1)).toMatch(/^Peraturan Walikota Sawahlunto Nomor 60 Tahun 2019 tentang/);
  });

  it("says on its public text that it is a demonstration with demo formations and dates", () => {
    expect(sawahlunto2019.summary).toMatch(/^Seleksi demonstrasi/);
    expect(sawahlunto2019.summary).toContain("data demo");
    expect(sawahlunto2019.scheduleNote).toMatch(/^Jadwal demo/);
    // The guideline's schedule table has no dates: they are the demo's own.
    expect(seedLine("sawahlunto", "Pendaftaran Online")).toBe("2 Pendaftaran Online");
  });

  it("states the guideline's requirements, registration terms and other terms in its own words", () => {
    expectFromGuideline(sawahlunto2019.otherTerms);
    // IV.C.1.b refers back to "huruf a" (registration on sscn.bkn.go.id); the portal is the registration channel here.
    const [registrationData, ...terms] = [...sawahlunto2019.registrationTerms].reverse();
    expectFromGuideline(terms);
    expect(GUIDELINE).toContain(registrationData!.replace("Pendaftaran dilakukan", "Pendaftaran sebagaimana dimaksud pada huruf a, dilakukan").replace(/\.$/, ""));
    // Every applicant requirement of IV.B.1 (a–i) is among the registration terms.
    const requirements = "a b c d e f g h i".split(" ").map((letter) => {
      const start = GUIDELINE.indexOf(` ${letter}. `, GUIDELINE.indexOf("Persyaratan untuk dapat melamar"));
      const next = letter === "i" ? GUIDELINE.indexOf(" 2. Usia pelamar", start) : GUIDELINE.indexOf(` ${String.fromCharCode(letter.charCodeAt(0) + 1)}. `, start);
      return comparable(GUIDELINE.slice(start + 4, next).trim());
    });
    expect(requirements).toHaveLength(9);
    expect(sawahlunto2019.registrationTerms.map(comparable)).toEqual(expect.arrayContaining(requirements));
  });

  it("checks the requirements the rule engine knows, with the guideline's text and letter", () => {
    const rules = sawahlunto2019.rules.map(({ ruleId, params }) => ({ ruleId, params }));
    expect(validateRuleConfig(rules)).toEqual({ unknownRuleIds: [] });
    expect(sawahlunto2019.rules.map((rule) => [rule.ruleId, rule.sourceItem])).toEqual([
      ["age_range", 1],
      ["not_civil_servant", 4],
      ["education_in_formation", 6],
      ["health", 7],
    ]);
    expectFromGuideline(sawahlunto2019.rules.map((rule) => rule.text));
    for (const rule of sawahlunto2019.rules) {
      const letter = "abcdefghi"[rule.sourceItem! - 1];
      expect(GUIDELINE.toLowerCase(), rule.ruleId).toContain(`${letter}. ${comparable(rule.text)}`);
    }
    expect(sawahlunto2019.rules.find((rule) => rule.ruleId === "age_range")?.params).toEqual({ min: 18, max: 35 });
    // Every formation's education is accepted by the selection's rule.
    const accepted = sawahlunto2019.rules.find((rule) => rule.ruleId === "education_in_formation")?.params.accepted;
    expect(new Set(accepted as string[])).toEqual(new Set(sawahlunto2019.vacancies.flatMap((vacancy) => vacancy.educationRequired)));
  });

  it("lets an 18- to 35-year-old non-civil servant with the formation's education through and refuses a PNS", () => {
    const rules = sawahlunto2019.rules.map(({ ruleId, params }) => ({ ruleId, params }));
    const evaluate = (candidate: Parameters<typeof evaluateEligibility>[0]["candidate"]) =>
      evaluateEligibility({ rules, referenceDate: sawahlunto2019.referenceDatePlanned, ageReading: sawahlunto2019.ageReading, candidate });
    const ok = evaluate({ birthDate: "1995-07-01", gender: "F", employmentStatus: "NON_ASN", education: "S1" });
    expect(ok.rules.filter((rule) => rule.status === "fail")).toEqual([]);
    expect(ok.verdict).toBe("PENDING_VERIFICATION"); // the health certificate comes after the final result
    const pns = evaluate({ birthDate: "1995-07-01", gender: "F", employmentStatus: "PNS", education: "S1" });
    expect(pns.rules.find((rule) => rule.id === "not_civil_servant")?.status).toBe("fail");
    // 35 on the reference date passes, a day older fails (the strict reading, DOMAIN.md).
    expect(evaluate({ birthDate: "1991-11-20", employmentStatus: "NON_ASN" }).rules.find((rule) => rule.id === "age_range")?.status).toBe("pass");
    expect(evaluate({ birthDate: "1991-11-19", employmentStatus: "NON_ASN" }).rules.find((rule) => rule.id === "age_range")?.status).toBe("fail");
  });

  it("asks for the documents of IV.C.2 in the form the guideline names, and marks the two it leaves to 'persyaratan lainnya'", () => {
    const listed = sawahlunto2019.documents.filter((document) => document.number <= 4);
    expect(listed).toHaveLength(4);
    for (const document of listed) {
      const item = documentItem(document.number);
      const expected = /^fotokopi /.test(item) ? "COPY" : /^pasfoto /.test(item) ? "PHOTO" : "ORIGINAL";
      expect({ number: document.number, form: document.form }).toEqual({ number: document.number, form: expected });
      expect(item.replace(/^fotokopi /, "").toLowerCase(), `document ${document.number}`).toContain(document.title.toLowerCase());
    }
    expect(documentItem(5)).toBe("persyaratan lainnya yang diperlukan.");
    for (const document of sawahlunto2019.documents.filter((document) => document.number > 4)) {
      expect(document.note).toContain("Persyaratan lainnya yang diperlukan (Pedoman IV.C.2 huruf a angka 5)");
    }
    // The photograph: 2 copies, red background.
    expect(sawahlunto2019.documents[3]).toMatchObject({ form: "PHOTO", copies: 2 });
    // The guideline asks for no stamp duty at all.
    expect(GUIDELINE).not.toMatch(/materai|meterai/i);
    expect(sawahlunto2019.documents.filter((document) => document.requiresStamp)).toEqual([]);
    expect(sawahlunto2019.forms).toEqual([]);
  });

  it("runs the stages of the guideline's schedule table, SKD and SKB weighted 40/60, with the objection window", () => {
    const numbered = sawahlunto2019.stages.filter((stage) => stage.scheduleNo !== null);
    expect(numbered.map((stage) => stage.scheduleNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const stage of numbered) {
      const row = seedLine("sawahlunto", `${stage.scheduleNo} ${stage.name.split(" (")[0]}`);
      expect(row, stage.name).toMatch(new RegExp(`^${stage.scheduleNo} `));
      expect(stage.note === "Jadwal tentatif" || stage.note?.startsWith("Jadwal tentatif;") || !row.includes("Jadwal tentatif"), stage.name).toBe(true);
    }
    expect(sawahlunto2019.stages.map((stage) => stage.kind)).toEqual([
      "ANNOUNCEMENT",
      "REGISTRATION",
      "ADMINISTRATIVE",
      "ADMIN_RESULT",
      "OBJECTION",
      "SKD",
      "SKB",
      "OTHER",
      "FINAL_RESULT",
    ]);
    const weights = Object.fromEntries(sawahlunto2019.stages.filter((stage) => stage.isScored).map((stage) => [stage.kind, stage.weight]));
    expect(weights).toEqual({ SKD: 40, SKB: 60 });
    expect(sawahlunto2019.objectionEnabled).toBe(true);
    expect(sawahlunto2019.objectionWindowDays).toBe(3);
    expect(sawahlunto2019.shortlistPerQuota).toBe(3);
    // Stages follow one another, and the registration stage is the selection's registration window.
    const starts = sawahlunto2019.stages.map((stage) => stage.startsAt);
    expect([...starts].sort()).toEqual(starts);
    const registration = sawahlunto2019.stages.find((stage) => stage.kind === "REGISTRATION")!;
    expect([registration.startsAt, registration.endsAt]).toEqual([sawahlunto2019.registrationOpensAt, sawahlunto2019.registrationClosesAt]);
  });

  it("announces for at least 15 calendar days (III.A.3) and keeps the Singkawang selection's slug apart", () => {
    expect(seedLine("sawahlunto", "paling singkat 15 (lima belas) hari kalender")).toContain("wajib diumumkan secara terbuka");
    const days = (Date.parse(`${sawahlunto2019.registrationClosesAt}:00Z`) - Date.parse(`${sawahlunto2019.registrationOpensAt}:00Z`)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(15);
    expect(sawahlunto2019.slug).toBe("cpns-sawahlunto-2019");
    expect(sawahlunto2019.slug).not.toBe(singkawang2025.slug);
    expect(sawahlunto2019.vacancies).toHaveLength(4);
    for (const vacancy of sawahlunto2019.vacancies) expect(vacancy.educationRequired.length).toBeGreaterThan(0);
  });
  it("carries the SKD passing thresholds the guideline refers to (V.C.3.c.1) as data, with the 3 × quota cut (V.C.3.c.2)", () => {
    // The guideline does not print the figures: it refers to the minister's thresholds.
    expect(GUIDELINE).toContain(
      "Penentuan kelulusan peserta seleksi yang mengikuti Seleksi Kompetensi Dasar ditetapkan apabila memenuhi nilai ambang batas minimal kelulusan yang ditentukan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    );
    // The minister's figures for 2019, Permen PANRB 24/2019 as ../shared/DOMAIN.md states them: "TWK 30 questions
    // (max 150, pass ≥ 65), TIU 35 (max 175, pass ≥ 80), TKP 35 (max 175, pass ≥ 126)".
    const DOMAIN_SKD = "TWK 30 questions (max 150, pass ≥ 65), TIU 35 (max 175, pass ≥ 80), TKP 35 (max 175, pass ≥ 126)";
    const figures = Object.fromEntries([...DOMAIN_SKD.matchAll(/(TWK|TIU|TKP) [^≥]*≥ (\d+)/g)].map((match) => [match[1]!.toLowerCase(), Number(match[2])]));
    expect(sawahlunto2019.skdThresholds).toEqual(figures);
    expect(singkawang2025.skdThresholds).toBeNull();
    expect(GUIDELINE).toContain("paling banyak 3 (tiga) kali jumlah kebutuhan masing-masing jabatan berdasarkan peringkat nilai Seleksi Kompetensi Dasar");
    expect(sawahlunto2019.shortlistPerQuota).toBe(3);
  });
});
