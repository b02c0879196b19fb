// The instansi reference list: every government the Singkawang 2025 announcement invites ("PNS di
// lingkungan Pemerintah Provinsi Kalimantan Barat dan Pemerintah Kabupaten/Kota se-Kalimantan Barat") is
// in it with its BPS code, an applicant from each can fill the CV and passes region_scope, and the
// administrator adds what is missing.
import { describe, expect, it } from "vitest";
import { evaluateApplicantEligibility } from "@/lib/applications/eligibility";
import { prisma } from "@/lib/db";
import { createInstitution } from "@/lib/institutions/mutations";
import { updatePersonalData } from "@/lib/profile/mutations";
import { registerApplicant } from "@/lib/users/mutations";
import { signUpSchema } from "@/lib/validation/auth";
import { createInstitutionSchema } from "@/lib/validation/institutions";
import { personalDataSchema } from "@/lib/validation/profile";
import { demoUserId } from "../factories/applications";

// Kalimantan Barat and its 12 regencies and 2 cities, by BPS code.
const KALBAR = {
  "61": "Pemerintah Provinsi Kalimantan Barat",
  "6101": "Pemerintah Kabupaten Sambas",
  "6102": "Pemerintah Kabupaten Bengkayang",
  "6103": "Pemerintah Kabupaten Landak",
  "6104": "Pemerintah Kabupaten Mempawah",
  "6105": "Pemerintah Kabupaten Sanggau",
  "6106": "Pemerintah Kabupaten Ketapang",
  "6107": "Pemerintah Kabupaten Sintang",
  "6108": "Pemerintah Kabupaten Kapuas Hulu",
  "6109": "Pemerintah Kabupaten Sekadau",
  "6110": "Pemerintah Kabupaten Melawi",
  "6111": "Pemerintah Kabupaten Kayong Utara",
  "6112": "Pemerintah Kabupaten Kubu Raya",
  "6171": "Pemerintah Kota Pontianak",
  "6172": "Pemerintah Kota Singkawang",
};

describe("the instansi reference list", () => {
  it("holds the province and every regency and city of Kalimantan Barat with its BPS code", async () => {
    const rows = await prisma.institution.findMany({ where: { regionCode: { startsWith: "61" } }, orderBy: { regionCode: "asc" }, select: { regionCode: true, name: true } });
    expect(Object.fromEntries(rows.map((row) => [row.regionCode, row.name]))).toEqual(KALBAR);
  });

  it("lets an applicant from each of them sign up, fill the CV and pass region_scope", async () => {
    const institutions = await prisma.institution.findMany({ where: { regionCode: { startsWith: "61" } }, select: { id: true, regionCode: true } });
    expect(institutions).toHaveLength(15);
    for (const [index, institution] of institutions.entries()) {
      const seq = String(index).padStart(2, "0");
      const outcome = await registerApplicant(
        signUpSchema.parse({
          employment: "PNS",
          fullName: `Pelamar Wilayah ${institution.regionCode}`,
          nip: `1975030319990310${seq}`,
          // A province's own NIKs still name a regency (digits 3–4 are never 00).
          nik: `${institution.regionCode.length === 2 ? `${institution.regionCode}01` : institution.regionCode}011503751${seq.padStart(3, "0")}`,
          email: `wilayah.${institution.regionCode}@example.go.id`,
          phone: "081234567801",
          password: "KataSandiAman1",
          passwordConfirm: "KataSandiAman1",
        }),
        null,
      );
      if (!outcome.created) throw new Error(`sign-up for ${institution.regionCode} created no account`);
      const { userId } = outcome;
      await updatePersonalData(
        userId,
        personalDataSchema.parse({
          version: 1,
          fullName: `Pelamar Wilayah ${institution.regionCode}`,
          birthPlace: "Pontianak",
          birthDate: "1975-03-03",
          gender: "M",
          religion: "Islam",
          maritalStatus: "Kawin",
          childrenCount: "1",
          address: "Jl. Ahmad Yani No. 1",
          phone: "081234567801",
          // A province's own NIKs still name a regency (digits 3–4 are never 00).
          nik: `${institution.regionCode.length === 2 ? `${institution.regionCode}01` : institution.regionCode}011503751${seq.padStart(3, "0")}`,
          npwp: "",
          employmentStatus: "PNS",
          institutionId: institution.id,
          unitKerja: "Sekretariat Daerah",
          currentRank: "IV/c",
          tmtCpns: "1999-03-01",
          currentPositionTitle: "Asisten Pemerintahan",
          hasSevereDiscipline: "false",
          underDisciplineExam: "false",
          hasCriminalRecord: "false",
        }),
        null,
      );
      const eligibility = await evaluateApplicantEligibility(userId, "sekda-singkawang-2025", { noMppStatement: false });
      const region = eligibility?.result.rules.find((rule) => rule.id === "region_scope");
      expect({ code: institution.regionCode, status: region?.status }).toEqual({ code: institution.regionCode, status: "pass" });
    }
  });
});

describe("adding an institution", () => {
  it("checks the BPS code against the kind of government, with the reason beside the field", () => {
    const problems = (input: { name: string; level: string; regionCode: string }) => {
      const parsed = createInstitutionSchema.safeParse(input);
      return parsed.success ? null : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    };
    expect(problems({ name: "Pemerintah Kota Contoh", level: "CITY", regionCode: "6113" })).toEqual(["regionCode: Kode kota berakhiran 71 ke atas (misalnya 6171 Kota Pontianak)"]);
    expect(problems({ name: "Pemerintah Provinsi Contoh", level: "PROVINCE", regionCode: "6101" })).toEqual(["regionCode: Kode provinsi terdiri atas 2 angka, misalnya 61"]);
    expect(problems({ name: "Kementerian Contoh", level: "CENTRAL", regionCode: "00" })).toBeNull();
    expect(problems({ name: "Pemerintah Kabupaten Contoh", level: "REGENCY", regionCode: "6113" })).toBeNull();
  });

  it("adds it to the list the CV accepts, audited; a second one with the same name or code is refused", async () => {
    const admin = await demoUserId("admin@demo.seleksi.id");
    const input = createInstitutionSchema.parse({ name: "Pemerintah Kabupaten Contoh Baru", level: "REGENCY", regionCode: "6113" });
    const { institutionId } = await createInstitution(input, admin, "10.0.0.9");
    expect(await prisma.institution.findUniqueOrThrow({ where: { id: institutionId }, select: { regionCode: true, level: true } })).toEqual({ regionCode: "6113", level: "REGENCY" });
    expect(await prisma.auditLog.count({ where: { action: "institution.create", entityId: institutionId, actorId: admin } })).toBe(1);

    const sameName = await createInstitution({ ...input, name: "pemerintah kabupaten contoh baru", regionCode: "6114" }, admin, null).catch((error: unknown) => error);
    expect(sameName).toMatchObject({ code: "CONFLICT", fieldErrors: { name: "Pemerintah Kabupaten Contoh Baru sudah terdaftar" } });
    const sameCode = await createInstitution({ ...input, name: "Pemerintah Kabupaten Lain" }, admin, null).catch((error: unknown) => error);
    expect(sameCode).toMatchObject({ code: "CONFLICT", fieldErrors: { regionCode: "Kode 6113 sudah dipakai Pemerintah Kabupaten Contoh Baru" } });
  });
});
