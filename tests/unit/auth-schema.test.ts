import { describe, expect, it } from "vitest";
import { normalizeIdentifier, signInSchema, signUpSchema } from "@/lib/validation/auth";

const valid = {
  employment: "PNS",
  fullName: "Drs. Ahmad Fauzi, M.Si",
  nip: "19720315 199803 1 002",
  nik: "6172011503720001",
  email: "Ahmad.Fauzi@Example.go.id ",
  phone: "0812-3456-7801",
  password: "RahasiaKuat2025",
  passwordConfirm: "RahasiaKuat2025",
};

function errorsOf(input: unknown): Record<string, string> {
  const result = signUpSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("signUpSchema", () => {
  it("normalises a valid sign-up: NIP without spaces, e-mail lower-cased, phone digits only", () => {
    const result = signUpSchema.parse(valid);
    expect(result.employment === "PNS" && result.nip).toBe("197203151998031002");
    expect(result.email).toBe("ahmad.fauzi@example.go.id");
    expect(result.phone).toBe("081234567801");
  });

  it("rejects a NIP that is not 18 digits, with an Indonesian message on the nip field", () => {
    const errors = errorsOf({ ...valid, nip: "1972031519980310" });
    expect(errors.nip).toMatch(/18 digit/);
  });

  it("rejects a NIP whose first 8 digits are not a date", () => {
    expect(errorsOf({ ...valid, nip: "197213451998031002" })).toHaveProperty("nip");
  });

  it("rejects a malformed NIK and a bad phone number", () => {
    const errors = errorsOf({ ...valid, nik: "12345", phone: "12345" });
    expect(errors.nik).toBeTruthy();
    expect(errors.phone).toMatch(/Nomor HP/);
  });

  it("requires matching passwords with letters and digits", () => {
    expect(errorsOf({ ...valid, passwordConfirm: "LainSekali2025" }).passwordConfirm).toMatch(/tidak sama/);
    expect(errorsOf({ ...valid, password: "hanyahurufsaja", passwordConfirm: "hanyahurufsaja" }).password).toMatch(/huruf dan angka/);
    expect(errorsOf({ ...valid, password: "Pendek1", passwordConfirm: "Pendek1" }).password).toMatch(/minimal 10/);
  });
});

describe("signUpSchema: the employment status decides whether a NIP is asked", () => {
  const { nip: _nip, ...withoutNip } = valid;

  it("asks the status first, in Indonesian", () => {
    const { employment: _employment, ...noStatus } = valid;
    expect(errorsOf(noStatus)).toEqual({ employment: "Pilih status kepegawaian Anda" });
    expect(errorsOf({ ...valid, employment: "PPPK" })).toEqual({ employment: "Pilih status kepegawaian Anda" });
  });

  it("requires the NIP of a PNS", () => {
    expect(errorsOf({ ...withoutNip, employment: "PNS" })).toHaveProperty("nip");
    expect(errorsOf({ ...valid, nip: "" }).nip).toBeTruthy();
  });

  it("signs a non-PNS up with the NIK alone and drops a NIP typed before switching", () => {
    expect(signUpSchema.parse({ ...withoutNip, employment: "NON_PNS" })).not.toHaveProperty("nip");
    const switched = signUpSchema.parse({ ...valid, employment: "NON_PNS", nip: "bukan NIP" });
    expect(switched).not.toHaveProperty("nip");
    expect(switched.nik).toBe("6172011503720001");
  });

  it("still validates the NIK of a non-PNS (region, birth date with +40 for women)", () => {
    expect(errorsOf({ ...withoutNip, employment: "NON_PNS", nik: "" }).nik).toBe("NIK wajib diisi");
    expect(errorsOf({ ...withoutNip, employment: "NON_PNS", nik: "2072011503720001" }).nik).toContain("kode provinsi");
    expect(errorsOf({ ...withoutNip, employment: "NON_PNS", nik: "6172017202950001" }).nik).toContain("tanggal lahir");
    expect(errorsOf({ ...withoutNip, employment: "NON_PNS", nik: "6172015502950001" })).toEqual({});
  });
});

describe("sign-in identifiers", () => {
  it("treats e-mail case-insensitively and strips spaces from a NIP", () => {
    expect(normalizeIdentifier(" Pelamar@Demo.Seleksi.ID ")).toBe("pelamar@demo.seleksi.id");
    expect(normalizeIdentifier("19720315 199803 1 002")).toBe("197203151998031002");
  });

  it("requires both fields", () => {
    const result = signInSchema.safeParse({ identifier: " ", password: "" });
    expect(result.success).toBe(false);
  });

  it("bounds the identifier, so junk never reaches the throttle table", () => {
    expect(signInSchema.safeParse({ identifier: `${"a".repeat(250)}@x.id`, password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ identifier: "9".repeat(10_000), password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ identifier: "1972031519980310021", password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ identifier: "19720315 199803 1 002", password: "x" }).success).toBe(true);
    expect(signInSchema.safeParse({ identifier: "pelamar@demo.seleksi.id", password: "x" }).success).toBe(true);
    expect(signInSchema.safeParse({ identifier: "pelamar@demo.seleksi.id", password: "x".repeat(257) }).success).toBe(false);
  });
});
