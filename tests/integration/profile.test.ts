import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  addProfileRow,
  deleteProfileRow,
  DUPLICATE_NIK_MESSAGE,
  NO_PROFILE_MESSAGE,
  STALE_VERSION_MESSAGE,
  updatePersonalData,
  updateProfileRow,
} from "@/lib/profile/mutations";
import { getOwnProfile } from "@/lib/profile/queries";
import { registerApplicant } from "@/lib/users/mutations";
import { signUpSchema } from "@/lib/validation/auth";
import {
  personalDataSchema,
  profileRowCommandSchema,
  PROFILE_SECTIONS,
  type PersonalDataInput,
  type ProfileRowCommandInput,
  type ProfileSection,
} from "@/lib/validation/profile";

// Not a seeded NIK (one NIK per person): applicant "1" has it, applicant N has 61720115037210NN.
const NIK = "6172011503721001";
const NEW_NIK = "6172011503720009";
const NPWP = "012345678901000";
const ADDRESS = "Jl. Diponegoro No. 10, Singkawang";

async function applicant(seq: string): Promise<string> {
  const outcome = await registerApplicant(
    signUpSchema.parse({
      employment: "PNS",
      fullName: `Pelamar ${seq}`,
      // Not a seeded NIP: other files seed the demo accounts into the same database.
      nip: `19810707200601100${seq}`,
      nik: `61720115037210${seq.padStart(2, "0")}`,
      email: `pelamar.drh${seq}@example.go.id`,
      phone: "081234567801",
      password: "KataSandiAman1",
      passwordConfirm: "KataSandiAman1",
    }),
    "127.0.0.1",
  );
  if (!outcome.created) throw new Error(`applicant ${seq} was not created`);
  return outcome.userId;
}

function personal(version: number, overrides: Partial<PersonalDataInput> = {}) {
  return personalDataSchema.parse({
    version,
    fullName: "Drs. Ahmad Fauzi, M.Si",
    birthPlace: "Singkawang",
    birthDate: "1972-03-15",
    gender: "M",
    religion: "Islam",
    maritalStatus: "Kawin",
    childrenCount: "2",
    address: ADDRESS,
    phone: "081234567801",
    nik: NIK,
    npwp: "01.234.567.8-901.000",
    employmentStatus: "PNS",
    institutionId: "",
    unitKerja: "Badan Perencanaan Pembangunan Daerah",
    currentRank: "IV/b",
    tmtCpns: "1998-03-01",
    currentPositionTitle: "Kepala Bidang Perencanaan Ekonomi",
    hasSevereDiscipline: "false",
    underDisciplineExam: "false",
    hasCriminalRecord: "false",
    ...overrides,
  });
}

/** One valid row per section, as a form would send it. */
const SAMPLE_ROWS: { [S in ProfileSection]: Extract<ProfileRowCommandInput, { section: S }>["values"] } = {
  ranks: { rank: "IV/a", tmt: "2017-04-01", decreeNumber: "823/45/BKD", decreeDate: "2017-03-20" },
  positions: { title: "Kepala Subbidang Ekonomi", level: "PENGAWAS", eselon: "IV.a", startDate: "2014-02-03", isCurrent: false, endDate: "2020-01-05" },
  educations: { level: "S2", major: "Administrasi Publik", institutionName: "Universitas Tanjungpura", graduationYear: "2008", gpa: "3,45" },
  trainings: { name: "Pelatihan Kepemimpinan Administrator", organizer: "BPSDM Kalbar", year: "2019", isLeadership: true },
  assignments: { teamName: "Tim Penyusun RPJMD", agency: "Bappeda", letterNumber: "050/12/2021", year: "2021" },
  achievements: { title: "Satyalancana Karya Satya 20 Tahun", level: "Nasional", grantor: "Presiden RI", year: "2019" },
  publications: { title: "Perencanaan Berbasis Kinerja di Daerah", kind: "Makalah", year: "2018" },
  organizations: { name: "KORPRI Kota Singkawang", role: "Sekretaris", years: "2018–2022" },
  family: { relation: "SPOUSE", name: "Siti Aminah", birthPlace: "Pontianak", birthDate: "1975-05-01", marriageDate: "1999-06-12", occupation: "Guru" },
  appraisals: { year: "2024", allElementsAtLeastGood: "true" },
};

function command<S extends ProfileSection>(section: S, values: unknown = SAMPLE_ROWS[section]) {
  return profileRowCommandSchema.parse({ section, values });
}

async function auditRows(entityId: string, action: string) {
  return prisma.auditLog.findMany({ where: { entityId, action }, orderBy: { id: "asc" }, select: { actorId: true, before: true, after: true, ip: true } });
}

describe("personal data (section I)", () => {
  let userId: string;
  let profileId: string;

  beforeAll(async () => {
    userId = await applicant("1");
    profileId = (await prisma.applicantProfile.findUniqueOrThrow({ where: { userId }, select: { id: true } })).id;
  });

  it("is saved, bumps the version, syncs the account name and is audited without NIK, NPWP or address", async () => {
    const { version } = await updatePersonalData(userId, personal(1, { nik: NEW_NIK }), "10.0.0.7");
    expect(version).toBe(2);

    const profile = await getOwnProfile(userId);
    expect(profile?.version).toBe(2);
    expect(profile?.personal).toMatchObject({ fullName: "Drs. Ahmad Fauzi, M.Si", birthDate: "1972-03-15", nik: NEW_NIK, npwp: NPWP, currentRank: "IV/b", childrenCount: 2 });
    expect(profile?.email).toBe("pelamar.drh1@example.go.id");
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
    expect(user.name).toBe("Drs. Ahmad Fauzi, M.Si");

    const audit = await auditRows(profileId, "profile.update");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: userId, ip: "10.0.0.7" });
    // Sign-up pre-filled the birth date the NIP encodes (19810707…); the applicant corrected it here.
    expect(audit[0]?.before).toMatchObject({ fullName: "Pelamar 1", birthDate: "1981-07-07" });
    expect(audit[0]?.after).toMatchObject({ fullName: "Drs. Ahmad Fauzi, M.Si", version: 2 });
    // The sensitive fields are named as changed, their values appear nowhere.
    expect((audit[0]?.after as { changedFields: string[] }).changedFields).toEqual(expect.arrayContaining(["nik", "npwp", "address", "fullName"]));
    const payload = JSON.stringify([audit[0]?.before, audit[0]?.after]);
    for (const secret of [NIK, NEW_NIK, NPWP, "Diponegoro"]) expect(payload).not.toContain(secret);
  });

  it("refuses a save made from a stale version and leaves the stored data as it was", async () => {
    const attempt = updatePersonalData(userId, personal(1, { fullName: "Nama Dari Tab Lama" }), null);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", message: STALE_VERSION_MESSAGE });

    const profile = await getOwnProfile(userId);
    expect(profile?.version).toBe(2);
    expect(profile?.personal.fullName).toBe("Drs. Ahmad Fauzi, M.Si");
    expect(await auditRows(profileId, "profile.update")).toHaveLength(1);
  });

  it("lets exactly one of two concurrent saves of the same version win", async () => {
    const results = await Promise.allSettled([
      updatePersonalData(userId, personal(2, { fullName: "Simpan Pertama" }), null),
      updatePersonalData(userId, personal(2, { fullName: "Simpan Kedua" }), null),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toMatchObject({ code: "CONFLICT" });
    const profile = await getOwnProfile(userId);
    expect(profile?.version).toBe(3);
    expect(["Simpan Pertama", "Simpan Kedua"]).toContain(profile?.personal.fullName);
  });

  it("refuses an institution that is not in the reference table, beside the field", async () => {
    await expect(updatePersonalData(userId, personal(3, { institutionId: "bukan-instansi" }), null)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { institutionId: "Pilih instansi dari daftar" },
    });
    const institution = await prisma.institution.upsert({
      where: { name: "Pemerintah Kota Singkawang" },
      create: { name: "Pemerintah Kota Singkawang", regionCode: "6172", level: "CITY" },
      update: {},
      select: { id: true },
    });
    await updatePersonalData(userId, personal(3, { institutionId: institution.id }), null);
    expect((await getOwnProfile(userId))?.institution).toMatchObject({ id: institution.id, regionCode: "6172" });
  });

  it("creates the CV of an applicant who has none on the first save (version 0)", async () => {
    const user = await prisma.user.create({
      data: { email: "tanpa.drh@example.go.id", name: "Tanpa DRH", passwordHash: "x", roles: ["APPLICANT"] },
      select: { id: true },
    });
    await expect(addProfileRow(user.id, command("ranks"), null)).rejects.toMatchObject({ code: "NOT_FOUND", message: NO_PROFILE_MESSAGE });
    await expect(updatePersonalData(user.id, personal(4), null)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await updatePersonalData(user.id, personal(0, { fullName: "Baru Mengisi, S.E.", nik: "6172011503721099" }), null)).toEqual({ version: 1 });
    const profile = await getOwnProfile(user.id);
    expect(profile).toMatchObject({ version: 1, email: "tanpa.drh@example.go.id", personal: { fullName: "Baru Mengisi, S.E.", nik: "6172011503721099" } });
  });
});

describe("one NIK per person", () => {
  it("refuses a NIK another applicant's CV already has, with a message on the NIK field", async () => {
    const first = await applicant("4");
    const second = await applicant("5");
    const attempt = updatePersonalData(second, personal(1, { nik: "6172011503721004" }), null);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { nik: DUPLICATE_NIK_MESSAGE } });
    const niks = await prisma.applicantProfile.findMany({ where: { userId: { in: [first, second] } }, select: { nik: true } });
    expect(niks.map((row) => row.nik).sort()).toEqual(["6172011503721004", "6172011503721005"]);
  });
});

describe("history rows (sections II–X and appraisals)", () => {
  let owner: string;
  let other: string;

  beforeAll(async () => {
    owner = await applicant("2");
    other = await applicant("3");
  });

  it("adds, lists and removes a row in every section, auditing each change", async () => {
    const ids = {} as Record<ProfileSection, string>;
    for (const section of PROFILE_SECTIONS) ids[section] = (await addProfileRow(owner, command(section), "127.0.0.1")).id;

    const profile = await getOwnProfile(owner);
    for (const section of PROFILE_SECTIONS) expect(profile?.rows[section].map((row) => row.id)).toEqual([ids[section]]);
    expect(profile?.rows.educations[0]).toMatchObject({ level: "S2", gpa: 3.45, graduationYear: 2008 });
    expect(profile?.rows.positions[0]).toMatchObject({ startDate: "2014-02-03", endDate: "2020-01-05", eselon: "IV.a" });
    expect(profile?.rows.trainings[0]).toMatchObject({ isLeadership: true, year: 2019 });

    const added = await auditRows(ids.positions, "profile.row_add");
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ actorId: owner, before: null, after: { title: "Kepala Subbidang Ekonomi", level: "PENGAWAS" } });
    // Family members' personal data is named, never copied.
    const family = await auditRows(ids.family, "profile.row_add");
    expect(family[0]?.after).toMatchObject({ relation: "SPOUSE", occupation: "Guru", changedFields: expect.arrayContaining(["name", "birthDate"]) });
    expect(JSON.stringify(family[0]?.after)).not.toContain("Siti Aminah");

    for (const section of PROFILE_SECTIONS) await deleteProfileRow(owner, { section, id: ids[section] }, null);
    const emptied = await getOwnProfile(owner);
    for (const section of PROFILE_SECTIONS) expect(emptied?.rows[section]).toEqual([]);
    const deleted = await auditRows(ids.ranks, "profile.row_delete");
    expect(deleted[0]).toMatchObject({ actorId: owner, after: null, before: { rank: "IV/a", tmt: "2017-04-01" } });
  });

  it("updates a row and records what changed", async () => {
    const { id } = await addProfileRow(owner, command("positions"), null);
    await updateProfileRow(owner, { ...command("positions", { ...SAMPLE_ROWS.positions, endDate: "", isCurrent: true }), id }, null);
    const profile = await getOwnProfile(owner);
    expect(profile?.rows.positions.find((row) => row.id === id)?.endDate).toBeNull();
    const audit = await auditRows(id, "profile.row_update");
    expect(audit[0]).toMatchObject({ before: { endDate: "2020-01-05" }, after: { endDate: null, changedFields: ["endDate"] } });
  });

  it("orders positions by start date, newest first", async () => {
    await addProfileRow(owner, command("positions", { ...SAMPLE_ROWS.positions, title: "Kepala Bidang", level: "ADMINISTRATOR", eselon: "III.b", startDate: "2020-01-06", isCurrent: true }), null);
    const titles = (await getOwnProfile(owner))?.rows.positions.map((row) => row.title);
    expect(titles?.[0]).toBe("Kepala Bidang");
  });

  it("cannot edit or delete another applicant's row: NOT_FOUND, and the row stays as it was", async () => {
    const { id } = await addProfileRow(other, command("trainings"), null);
    const edit = updateProfileRow(owner, { ...command("trainings", { ...SAMPLE_ROWS.trainings, name: "Diubah orang lain" }), id }, null);
    await expect(edit).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteProfileRow(owner, { section: "trainings", id }, null)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const row = await prisma.trainingHistory.findUniqueOrThrow({ where: { id }, select: { name: true } });
    expect(row.name).toBe(SAMPLE_ROWS.trainings.name);
    expect(await prisma.auditLog.count({ where: { entityId: id, actorId: owner } })).toBe(0);
  });

  it("finds nothing when a row id is sent under another section", async () => {
    const { id } = await addProfileRow(owner, command("achievements"), null);
    await expect(deleteProfileRow(owner, { section: "publications", id }, null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.achievement.count({ where: { id } })).toBe(1);
  });

  it("refuses a second appraisal for the same year, beside the year field", async () => {
    await addProfileRow(owner, command("appraisals"), null);
    await expect(addProfileRow(owner, command("appraisals", { year: "2024", allElementsAtLeastGood: "false" }), null)).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { year: expect.stringMatching(/tahun 2024 sudah ada/) },
    });
    expect((await getOwnProfile(owner))?.rows.appraisals).toHaveLength(1);
  });
});
