import { describe, expect, it } from "vitest";
import { z } from "zod";

import {
  EDUCATION_LEVELS,
  educationLabel,
  educationRank,
  equivalentEducationLevels,
  isEducationLevel,
} from "@/lib/identifiers/education";
import { EducationLevel } from "@/lib/generated/prisma/enums";
import { maskNik, nikBirthDate, parseNik } from "@/lib/identifiers/nik";
import { maskNip, normalizeNip, parseNip } from "@/lib/identifiers/nip";
import { POSITION_LEVELS, positionLevelLabel } from "@/lib/identifiers/position-level";
import { RANK_CODES, compareRanks, isRankCode, rankLabel, rankName, rankOrdinal } from "@/lib/identifiers/rank";

function nipError(input: string): string {
  const result = parseNip(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.message;
}

function nikError(input: string): string {
  const result = parseNik(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.message;
}

describe("parseNip", () => {
  it("splits the example NIP", () => {
    expect(parseNip("196608011988031001")).toEqual({
      ok: true,
      value: { nip: "196608011988031001", birthDate: "1966-08-01", tmtCpns: "1988-03", gender: "M", sequence: "001" },
    });
  });

  it("strips spaces", () => {
    const result = parseNip(" 19660801 198803 2 015 ");
    expect(result.ok && result.value).toMatchObject({ nip: "196608011988032015", gender: "F", sequence: "015" });
    expect(normalizeNip("1966 0801")).toBe("19660801");
  });

  it("rejects a wrong length or non-digits", () => {
    expect(nipError("")).toBe("NIP wajib diisi");
    expect(nipError("19660801198803100")).toContain("NIP harus 18 digit angka");
    expect(nipError("19660801198803100")).toContain("17 digit");
    expect(nipError("1966080119880310011")).toContain("NIP harus 18 digit angka");
    expect(nipError("19660801-198803-1001")).toBe("NIP harus 18 digit angka");
    expect(nipError("1966080119880310O1")).toBe("NIP harus 18 digit angka");
  });

  it("rejects an impossible birth date", () => {
    const message = "8 digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH)";
    expect(nipError("196602301988031001")).toBe(message);
    expect(nipError("196713011988031001")).toBe(message);
    expect(nipError("196702291988031001")).toBe(message);
    expect(nipError("185001011988031001")).toBe(message);
  });

  it("accepts 29 February in a leap year", () => {
    const result = parseNip("196802291990031001");
    expect(result.ok && result.value.birthDate).toBe("1968-02-29");
  });

  it("rejects an impossible TMT CPNS", () => {
    expect(nipError("196608011988131001")).toContain("TMT CPNS");
    expect(nipError("196608011988001001")).toContain("TMT CPNS");
    expect(nipError("196608011960031001")).toContain("sesudah tanggal lahir");
  });

  it("rejects a gender digit other than 1 or 2", () => {
    expect(nipError("196608011988033001")).toBe("Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)");
    expect(nipError("196608011988030001")).toContain("Digit ke-15");
  });
});

describe("maskNip", () => {
  it("keeps the birth year and the sequence only", () => {
    expect(maskNip("196608011988031001")).toBe("1966***********001");
    expect(maskNip("19660801 198803 1 001")).toBe("1966***********001");
    expect(maskNip("196608011988031001")).toHaveLength(18);
  });
});

describe("parseNik", () => {
  it("reads a man's NIK", () => {
    expect(parseNik("6172010108900001")).toEqual({
      ok: true,
      value: {
        nik: "6172010108900001",
        provinceCode: "61",
        regencyCode: "6172",
        districtCode: "617201",
        birthDay: 1,
        birthMonth: 8,
        birthYearTwoDigits: 90,
        gender: "M",
      },
    });
  });

  it("reads day + 40 as a woman", () => {
    const result = parseNik("6172 0141 0890 0001");
    expect(result.ok && result.value).toMatchObject({ birthDay: 1, birthMonth: 8, gender: "F" });
    const lastDay = parseNik("6172017112900001");
    expect(lastDay.ok && lastDay.value).toMatchObject({ birthDay: 31, birthMonth: 12, gender: "F" });
  });

  it("rejects a wrong length", () => {
    expect(nikError("617201010890001")).toContain("NIK harus 16 digit angka");
    expect(nikError("61720101089000a1")).toBe("NIK harus 16 digit angka");
  });

  it("checks the province code against Kemendagri's list, gaps included", () => {
    expect(nikError("1072010108900001")).toContain("kode provinsi");
    expect(nikError("9772010108900001")).toContain("kode provinsi");
    // Codes between provinces: 20 (between Aceh…Kepri), 37 (after Banten), 66 (after Kaltara), 90.
    for (const code of ["20", "22", "30", "37", "50", "54", "60", "66", "70", "77", "80", "83", "90"]) {
      expect(nikError(`${code}72010108900001`)).toContain("kode provinsi");
    }
    expect(parseNik("1101010108900001").ok).toBe(true);
    expect(parseNik("2171010108900001").ok).toBe(true);
    expect(parseNik("9401010108900001").ok).toBe(true);
    // The Papua provinces of 2022.
    expect(parseNik("9601010108900001").ok).toBe(true);
  });

  it("checks the regency, district and sequence digits", () => {
    expect(nikError("6100010108900001")).toContain("kabupaten/kota");
    expect(nikError("6170010108900001")).toContain("kabupaten/kota");
    expect(parseNik("6169010108900001").ok).toBe(true);
    expect(parseNik("6171010108900001").ok).toBe(true);
    expect(nikError("6172000108900001")).toContain("kecamatan");
    expect(nikError("6172010108900000")).toContain("nomor urut");
    expect(parseNik("6172010108909999").ok).toBe(true);
  });

  it("reads the day boundaries around the +40 for women", () => {
    const message = "tanggal lahir yang valid";
    // 00 and 32–40 are no day for anyone; 41 is a woman's 1st, 71 her 31st, 72 nothing.
    expect(nikError("6172010008900001")).toContain(message);
    expect(nikError("6172014008900001")).toContain(message);
    const man31 = parseNik("6172013108900001");
    expect(man31.ok && man31.value).toMatchObject({ birthDay: 31, gender: "M" });
    const woman1 = parseNik("6172014108900001");
    expect(woman1.ok && woman1.value).toMatchObject({ birthDay: 1, gender: "F" });
    // A woman born on 30 April (70) exists, on 31 April (71) not; 29 February (69) only in a year divisible by 4.
    expect(parseNik("6172017004900001").ok).toBe(true);
    expect(nikError("6172017104900001")).toContain(message);
    expect(nikError("6172016902950001")).toContain(message);
  });

  it("checks the birth day and month", () => {
    const message = "tanggal lahir yang valid";
    expect(nikError("6172013208900001")).toContain(message);
    expect(nikError("6172017208900001")).toContain(message);
    expect(nikError("6172010013900001")).toContain(message);
    expect(nikError("6172014000900001")).toContain(message);
    expect(nikError("6172013104900001")).toContain(message);
    expect(nikError("6172012902010001")).toContain(message);
    expect(parseNik("6172012902000001").ok).toBe(true);
    expect(parseNik("6172016902960001").ok).toBe(true);
  });

  it("masks the birth date", () => {
    expect(maskNik("6172014108900001")).toBe("6172********0001");
  });
});

describe("ranks", () => {
  it("has 17 ranks in order", () => {
    expect(RANK_CODES).toHaveLength(17);
    expect(rankOrdinal("I/a")).toBe(1);
    expect(rankOrdinal("II/a")).toBe(5);
    expect(rankOrdinal("III/a")).toBe(9);
    expect(rankOrdinal("IV/a")).toBe(13);
    expect(rankOrdinal("IV/b")).toBe(14);
    expect(rankOrdinal("IV/e")).toBe(17);
    expect(compareRanks("IV/a", "IV/b")).toBeLessThan(0);
  });

  it("uses the official names", () => {
    expect(rankName("I/a")).toBe("Juru Muda");
    expect(rankName("II/a")).toBe("Pengatur Muda");
    expect(rankName("III/b")).toBe("Penata Muda Tingkat I");
    expect(rankName("III/d")).toBe("Penata Tingkat I");
    expect(rankName("IV/c")).toBe("Pembina Utama Muda");
    expect(rankName("IV/d")).toBe("Pembina Utama Madya");
    expect(rankLabel("IV/b")).toBe("Pembina Tingkat I (IV/b)");
    expect(rankLabel("IV/e")).toBe("Pembina Utama (IV/e)");
  });

  it("works with z.enum", () => {
    const schema = z.enum(RANK_CODES);
    expect(schema.parse("III/c")).toBe("III/c");
    expect(schema.safeParse("IV/f").success).toBe(false);
    expect(isRankCode("iv/b")).toBe(false);
  });
});

describe("education levels", () => {
  it("are the one list of the database enum, in its order", () => {
    expect([...EDUCATION_LEVELS]).toEqual(Object.values(EducationLevel));
  });

  it("orders SD < … < D3 < D4 = S1 < S2 < S3", () => {
    const ranks = EDUCATION_LEVELS.map(educationRank);
    expect(educationRank("D3")).toBeLessThan(educationRank("D4"));
    expect(educationRank("D4")).toBe(educationRank("S1"));
    expect(educationRank("S1")).toBeLessThan(educationRank("S2"));
    expect(educationRank("S2")).toBeLessThan(educationRank("S3"));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(equivalentEducationLevels("S1")).toEqual(["D4", "S1"]);
  });

  it("has Indonesian labels", () => {
    expect(educationLabel("D4")).toBe("Diploma IV (D-IV)");
    expect(educationLabel("S1")).toBe("Sarjana (S-1)");
    expect(educationLabel("D3")).toBe("Diploma III (D-III)");
    expect(isEducationLevel("S4")).toBe(false);
  });
});

describe("position levels", () => {
  it("lists the 11 levels with labels", () => {
    expect(POSITION_LEVELS).toHaveLength(11);
    expect(positionLevelLabel("JPT_PRATAMA")).toBe("Jabatan Pimpinan Tinggi Pratama");
    expect(positionLevelLabel("JF_AHLI_MADYA")).toBe("Jabatan Fungsional Ahli Madya");
    expect(z.enum(POSITION_LEVELS).safeParse("JF_OTHER").success).toBe(true);
  });
});

describe("nikBirthDate (pre-filling the CV from a NIK)", () => {
  it("takes the later century that leaves the person at least 15", () => {
    const parts = (birthYearTwoDigits: number, birthMonth = 7, birthDay = 1) => ({ birthDay, birthMonth, birthYearTwoDigits });
    expect(nikBirthDate(parts(1), 2026)).toBe("2001-07-01");
    expect(nikBirthDate(parts(11), 2026)).toBe("2011-07-01");
    expect(nikBirthDate(parts(12), 2026)).toBe("1912-07-01");
    expect(nikBirthDate(parts(95), 2026)).toBe("1995-07-01");
    expect(nikBirthDate(parts(0, 2, 29), 2026)).toBe("2000-02-29");
    // 29 February 1900 does not exist: nothing is pre-filled.
    expect(nikBirthDate(parts(0, 2, 29), 2010)).toBeNull();
  });
});
