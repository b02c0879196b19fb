import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { blankRowValues, rowToFormValues } from "@/components/profile/row-values";
import { SECTION_VIEWS } from "@/components/profile/section-config";
import { formatNpwp, parseNpwp } from "@/lib/identifiers/npwp";
import { auditDiff } from "@/lib/profile/audit-diff";
import { missingPersonalFields, profileCompleteness } from "@/lib/profile/completeness";
import { personalFormValues } from "@/lib/profile/form-values";
import type { StoredPersonalData, StoredRow, StoredRows } from "@/lib/profile/row-tables";
import {
  appraisalRowSchema,
  educationRowSchema,
  familyRowSchema,
  personalDataSchema,
  positionRowSchema,
  PROFILE_ROW_SCHEMAS,
  PROFILE_SECTIONS,
  profileRowCommandSchema,
  profileRowDeleteSchema,
  profileRowUpdateSchema,
  rankRowSchema,
  trainingRowSchema,
} from "@/lib/validation/profile";
import type { z } from "zod";

/** { "field.path": "message" } of a failed parse; {} when it passes. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

const personal = {
  version: "3",
  fullName: "  Drs. Ahmad Fauzi, M.Si ",
  birthPlace: "Singkawang",
  birthDate: "1972-03-15",
  gender: "M",
  religion: "Islam",
  maritalStatus: "Kawin",
  childrenCount: "2",
  address: "Jl. Diponegoro No. 10, Singkawang",
  phone: "0812-3456-7801",
  nik: "6172 0115 0372 0001",
  npwp: "01.234.567.8-901.000",
  employmentStatus: "PNS",
  institutionId: "inst_1",
  unitKerja: "Bappeda",
  currentRank: "IV/b",
  tmtCpns: "1998-03-01",
  currentPositionTitle: "Kepala Bidang",
  hasSevereDiscipline: "false",
  underDisciplineExam: "false",
  hasCriminalRecord: "",
};

const position = {
  title: "Kepala Bidang Perencanaan Ekonomi",
  level: "ADMINISTRATOR",
  eselon: "III.b",
  unitKerja: "",
  decreeNumber: "821.2/123/BKPSDM",
  startDate: "2020-01-06",
  isCurrent: false,
  endDate: "2023-12-31",
  supervisorName: "",
};

// The schemas read "today" in WIB; fix it so the boundaries are exact.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-03-10T20:00:00Z")); // 11 March 2026, 03:00 WIB
});
afterEach(() => {
  vi.useRealTimers();
});

describe("personalDataSchema", () => {
  it("normalises a complete form: identifiers as digits, empty answers as null, numbers parsed", () => {
    const data = personalDataSchema.parse(personal);
    expect(data).toMatchObject({
      version: 3,
      fullName: "Drs. Ahmad Fauzi, M.Si",
      nik: "6172011503720001",
      npwp: "012345678901000",
      phone: "081234567801",
      childrenCount: 2,
      hasSevereDiscipline: false,
      underDisciplineExam: false,
      hasCriminalRecord: null,
    });
  });

  it("turns empty optional fields into null and accepts a 16-digit NPWP", () => {
    const data = personalDataSchema.parse({ ...personal, religion: "", childrenCount: "", address: "  ", npwp: "6172011503720001", tmtCpns: "" });
    expect(data).toMatchObject({ religion: null, childrenCount: null, address: null, npwp: "6172011503720001", tmtCpns: null });
  });

  it("names every missing required field in Indonesian", () => {
    expect(errorsOf(personalDataSchema, { version: 1 })).toEqual({
      fullName: "Nama lengkap wajib diisi",
      birthPlace: "Tempat lahir wajib diisi",
      birthDate: "Tanggal lahir wajib diisi",
      gender: "Pilih jenis kelamin",
      nik: "NIK wajib diisi",
    });
  });

  it("refuses a birth date in the future, but accepts today (in WIB)", () => {
    expect(errorsOf(personalDataSchema, { ...personal, birthDate: "2026-03-12", tmtCpns: "" }).birthDate).toBe("Tanggal lahir tidak boleh melewati hari ini");
    expect(errorsOf(personalDataSchema, { ...personal, birthDate: "2026-03-11", tmtCpns: "" })).toEqual({});
  });

  it("refuses dates before 1900 and dates that do not exist", () => {
    expect(errorsOf(personalDataSchema, { ...personal, birthDate: "1899-12-31" }).birthDate).toBe("Tanggal lahir tidak boleh sebelum tahun 1900");
    expect(errorsOf(personalDataSchema, { ...personal, birthDate: "1973-02-29" }).birthDate).toBe("Tanggal lahir harus tanggal yang valid (format TTTT-BB-HH)");
    expect(errorsOf(personalDataSchema, { ...personal, birthDate: "15-03-1972" }).birthDate).toMatch(/format TTTT-BB-HH/);
  });

  it("refuses a TMT CPNS on or before the birth date", () => {
    expect(errorsOf(personalDataSchema, { ...personal, tmtCpns: "1972-03-15" }).tmtCpns).toBe("TMT CPNS harus sesudah tanggal lahir");
  });

  it("checks NIK, NPWP, phone, rank and the closed lists", () => {
    const errors = errorsOf(personalDataSchema, {
      ...personal,
      nik: "617201150372",
      npwp: "01.234.567.8-901.00",
      phone: "12345",
      currentRank: "IV/f",
      religion: "Lainnya",
      gender: "X",
      childrenCount: "-1",
    });
    expect(errors).toEqual({
      nik: "NIK harus 16 digit angka (yang diisi 12 digit)",
      npwp: "NPWP harus 15 atau 16 digit (yang diisi 14 digit)",
      phone: "Nomor HP tidak valid (contoh: 081234567890)",
      currentRank: "Pilih pangkat/golongan ruang dari daftar",
      religion: "Pilih agama dari daftar",
      gender: "Pilih jenis kelamin",
      childrenCount: "Jumlah anak harus antara 0 dan 30",
    });
  });

  it("round-trips the form values built from a stored profile", () => {
    const stored: StoredPersonalData = {
      ...personalDataSchema.parse(personal),
      institutionId: "inst_1",
    };
    const values = personalFormValues({ version: 7, personal: stored }, { name: "x" });
    expect(values.hasCriminalRecord).toBe("");
    expect(values.childrenCount).toBe("2");
    expect(personalDataSchema.parse(values)).toMatchObject({ version: 7, npwp: "012345678901000", hasSevereDiscipline: false });
  });

  it("starts a CV that does not exist yet at version 0 with the account name", () => {
    expect(personalFormValues(null, { name: "Maria Ulfa" })).toMatchObject({ version: 0, fullName: "Maria Ulfa", nik: "" });
  });
});

describe("positionRowSchema", () => {
  it("accepts a closed period and a current one (no end date)", () => {
    expect(positionRowSchema.parse(position)).toMatchObject({ endDate: "2023-12-31", unitKerja: null, eselon: "III.b" });
    expect(positionRowSchema.parse({ ...position, isCurrent: true, endDate: "2023-12-31" }).endDate).toBeNull();
    expect(positionRowSchema.parse(position)).not.toHaveProperty("isCurrent");
  });

  it("refuses an end date before the start, beside the end date, even when another field is wrong too", () => {
    expect(errorsOf(positionRowSchema, { ...position, title: "", endDate: "2019-12-31" })).toEqual({
      title: "Nama jabatan wajib diisi",
      endDate: "Tanggal selesai menjabat tidak boleh sebelum tanggal mulai",
    });
    expect(errorsOf(positionRowSchema, { ...position, endDate: "2020-01-06" })).toEqual({});
  });

  it("asks for an end date or 'masih menjabat'", () => {
    expect(errorsOf(positionRowSchema, { ...position, endDate: "" }).endDate).toMatch(/Masih menjabat/);
  });

  it("keeps the eselon consistent with the level (III = administrator)", () => {
    expect(errorsOf(positionRowSchema, { ...position, level: "PENGAWAS" }).eselon).toBe("Eselon III.b adalah jenjang Administrator, bukan Pengawas");
    expect(errorsOf(positionRowSchema, { ...position, level: "JPT_PRATAMA", eselon: "II.a" })).toEqual({});
    expect(errorsOf(positionRowSchema, { ...position, level: "JF_AHLI_MADYA", eselon: "" })).toEqual({});
  });
});

describe("history row schemas", () => {
  it("rank: a known code and a TMT; the decree date cannot be in the future", () => {
    expect(rankRowSchema.parse({ rank: "IV/a", tmt: "2017-04-01", decreeNumber: "", decreeDate: "" })).toEqual({
      rank: "IV/a",
      tmt: "2017-04-01",
      decreeNumber: null,
      decreeDate: null,
    });
    expect(errorsOf(rankRowSchema, { rank: "V/a", tmt: "", decreeDate: "2027-01-01" })).toEqual({
      rank: "Pilih pangkat/golongan ruang",
      tmt: "TMT pangkat wajib diisi",
      decreeDate: "Tanggal SK tidak boleh melewati hari ini",
    });
  });

  it("education: GPA 0–4 with a decimal comma, at most two decimals; graduation year not after this year", () => {
    const base = { level: "S2", major: "Administrasi Publik", institutionName: "Universitas Tanjungpura", diplomaNumber: "", graduationYear: "2008" };
    expect(educationRowSchema.parse({ ...base, gpa: "3,45" })).toMatchObject({ gpa: 3.45, graduationYear: 2008 });
    expect(educationRowSchema.parse({ ...base, gpa: "4" }).gpa).toBe(4);
    expect(educationRowSchema.parse({ ...base, gpa: "" }).gpa).toBeNull();
    expect(errorsOf(educationRowSchema, { ...base, gpa: "4.01" }).gpa).toBe("IPK harus antara 0 dan 4");
    expect(errorsOf(educationRowSchema, { ...base, gpa: "3.456" }).gpa).toMatch(/paling banyak 2 desimal/);
    expect(errorsOf(educationRowSchema, { ...base, graduationYear: "2027" }).graduationYear).toBe("Tahun lulus harus antara 1900 dan 2026");
    expect(errorsOf(educationRowSchema, { ...base, graduationYear: "20a8" }).graduationYear).toBe("Tahun lulus harus bilangan bulat");
    expect(errorsOf(educationRowSchema, { ...base, level: "S4" }).level).toBe("Pilih jenjang pendidikan");
  });

  it("training: leadership is a checkbox, unticked by default", () => {
    expect(trainingRowSchema.parse({ name: "PKA Angkatan I", year: 2019 })).toMatchObject({ isLeadership: false, year: 2019, organizer: null });
    expect(trainingRowSchema.parse({ name: "PKN Tingkat II", isLeadership: true }).isLeadership).toBe(true);
  });

  it("family: only a spouse keeps a marriage date, which must follow the birth date", () => {
    const child = { relation: "CHILD", name: "Nur", birthDate: "2005-06-01", marriageDate: "2024-01-01" };
    expect(familyRowSchema.parse(child).marriageDate).toBeNull();
    const spouse = { relation: "SPOUSE", name: "Siti", birthDate: "1975-01-01", marriageDate: "1974-01-01" };
    expect(errorsOf(familyRowSchema, spouse).marriageDate).toBe("Tanggal menikah harus sesudah tanggal lahir");
    expect(errorsOf(familyRowSchema, { ...spouse, birthDate: "2030-01-01", marriageDate: "" }).birthDate).toBe("Tanggal lahir tidak boleh melewati hari ini");
  });

  it("appraisal: a year and an explicit yes or no", () => {
    expect(appraisalRowSchema.parse({ year: "2025", allElementsAtLeastGood: "true" })).toEqual({ year: 2025, allElementsAtLeastGood: true });
    expect(errorsOf(appraisalRowSchema, { year: "", allElementsAtLeastGood: "" })).toEqual({
      year: "Tahun penilaian wajib diisi",
      allElementsAtLeastGood: "Pilih apakah semua unsur penilaian bernilai paling rendah baik",
    });
  });
});

describe("row commands", () => {
  it("validate the values with the schema of the section they name", () => {
    const ok = profileRowCommandSchema.parse({ section: "positions", values: position });
    expect(ok.section).toBe("positions");
    expect(errorsOf(profileRowCommandSchema, { section: "ranks", values: position })).toMatchObject({ "values.rank": "Pilih pangkat/golongan ruang" });
    expect(profileRowCommandSchema.safeParse({ section: "users", values: {} }).success).toBe(false);
  });

  it("an update names its row; a delete needs only section and id", () => {
    expect(profileRowUpdateSchema.parse({ section: "publications", id: "row_1", values: { title: "Tata Kelola", year: "2020" } })).toMatchObject({
      id: "row_1",
      values: { title: "Tata Kelola", year: 2020, kind: null },
    });
    expect(errorsOf(profileRowUpdateSchema, { section: "publications", values: { title: "x" } }).id).toBe("Baris tidak dikenal");
    expect(errorsOf(profileRowDeleteSchema, { section: "secrets", id: "x" }).section).toBe("Bagian DRH tidak dikenal");
  });
});

describe("NPWP", () => {
  it("accepts 15 or 16 digits with separators and formats the 15-digit form", () => {
    expect(parseNpwp("01.234.567.8-901.000")).toEqual({ ok: true, value: "012345678901000" });
    expect(parseNpwp("6172 0115 0372 0001")).toEqual({ ok: true, value: "6172011503720001" });
    expect(parseNpwp("01.234.567.8-901.00A")).toMatchObject({ ok: false, message: expect.stringMatching(/hanya boleh berisi angka/) });
    expect(formatNpwp("012345678901000")).toBe("01.234.567.8-901.000");
  });
});

describe("auditDiff", () => {
  it("keeps changed values, names redacted fields without their values", () => {
    const diff = auditDiff(
      { fullName: "Ahmad", nik: "6172011503720001", address: "Jl. Lama", phone: "0812" },
      { fullName: "Ahmad Fauzi", nik: "6172011503720009", address: "Jl. Lama", phone: "0812" },
      ["nik", "address"],
    );
    expect(diff).toEqual({ before: { fullName: "Ahmad" }, after: { fullName: "Ahmad Fauzi", changedFields: ["fullName", "nik"] } });
    expect(JSON.stringify(diff)).not.toContain("6172011503720");
  });

  it("describes an added and a deleted row; the id is not a change", () => {
    expect(auditDiff(null, { title: "Kepala Bidang", eselon: null }, [])).toEqual({ before: null, after: { title: "Kepala Bidang", changedFields: ["title"] } });
    expect(auditDiff({ id: "r1", name: "Nur", relation: "CHILD" }, null, ["name"])).toEqual({
      before: { relation: "CHILD", changedFields: ["name", "relation"] },
      after: null,
    });
  });
});

describe("profileCompleteness", () => {
  const emptyRows: StoredRows = {
    ranks: [],
    positions: [],
    educations: [],
    trainings: [],
    assignments: [],
    achievements: [],
    publications: [],
    organizations: [],
    family: [],
    appraisals: [],
  };

  it("counts nothing for an applicant without a CV", () => {
    const result = profileCompleteness(null);
    expect(result).toMatchObject({ requiredFilled: 0, requiredTotal: 5, optionalFilled: 0, optionalTotal: 6 });
    expect(result.sections.find((section) => section.key === "positions")?.detail).toBe("Belum ada riwayat jabatan");
  });

  it("lists what section I lacks and counts filled history sections", () => {
    const stored = { ...personalDataSchema.parse(personal), npwp: null, hasCriminalRecord: null };
    expect(missingPersonalFields(stored)).toEqual(["NPWP", "Pernyataan pidana"]);
    const result = profileCompleteness({
      personal: stored,
      rows: { ...emptyRows, ranks: [{ id: "r", rank: "IV/b", tmt: "2021-04-01", decreeNumber: null, decreeDate: null }] },
    });
    expect(result.requiredFilled).toBe(1);
    expect(result.sections[0]).toMatchObject({ key: "personal", isFilled: false, detail: "Belum diisi: NPWP, Pernyataan pidana" });
    expect(result.sections[1]).toMatchObject({ key: "ranks", isFilled: true, detail: "1 baris" });
  });
});

describe("row edit forms", () => {
  // One stored row per section, as getOwnProfile returns it.
  const stored: { [S in keyof StoredRows]: StoredRow<S> } = {
    ranks: { id: "r", rank: "IV/a", tmt: "2017-04-01", decreeNumber: "823/45", decreeDate: "2017-03-20" },
    positions: { id: "p", title: "Kepala Bidang", level: "ADMINISTRATOR", eselon: "III.b", unitKerja: null, decreeNumber: null, startDate: "2020-01-06", endDate: null, supervisorName: "Sekretaris Daerah" },
    educations: { id: "e", level: "S2", major: "Administrasi Publik", institutionName: "Universitas Tanjungpura", diplomaNumber: null, graduationYear: 2008, gpa: 3.5, diplomaDate: "2008-09-01", accreditation: "A" },
    trainings: { id: "t", name: "PKA", organizer: null, certificateNumber: null, year: 2019, isLeadership: true },
    assignments: { id: "a", teamName: "Tim RPJMD", agency: "Bappeda", letterNumber: null, year: null },
    achievements: { id: "c", title: "Satyalancana", level: "Nasional", grantor: null, year: 2019 },
    publications: { id: "u", title: "Perencanaan", kind: "Makalah", year: 2018 },
    organizations: { id: "o", name: "KORPRI", role: null, years: "2018–2022" },
    family: { id: "f", relation: "SPOUSE", name: "Siti", birthPlace: "Pontianak", birthDate: "1975-05-01", marriageDate: "1999-06-12", occupation: null, note: null },
    appraisals: { id: "k", year: 2024, allElementsAtLeastGood: false },
  };

  it.each(PROFILE_SECTIONS)("%s: a stored row survives the round trip through its edit form", (section) => {
    const { id: _id, ...expected } = stored[section] as Record<string, unknown>;
    const values = rowToFormValues(section, stored[section] as never);
    expect(PROFILE_ROW_SCHEMAS[section].parse(values)).toEqual(expected);
  });

  it.each(PROFILE_SECTIONS)("%s: the form has a field for every stored column", (section) => {
    const formFields: string[] = SECTION_VIEWS[section].fields.map((field) => field.name);
    const columns = Object.keys(stored[section]).filter((key) => key !== "id");
    expect(formFields).toEqual(expect.arrayContaining(columns));
    const blank = blankRowValues(section);
    expect(Object.keys(blank).sort()).toEqual([...formFields].sort());
    // Parsing the blank form names only fields the form shows.
    const errors = Object.keys(errorsOf(PROFILE_ROW_SCHEMAS[section], blank));
    expect(errors.length).toBeGreaterThan(0);
    for (const key of errors) expect(formFields).toContain(key);
  });
});
