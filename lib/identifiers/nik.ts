/**
 * NIK (Nomor Induk Kependudukan), 16 digits: province(2) regency(2)
 * district(2), birth DDMMYY with day + 40 for women, sequence(4). The region
 * codes are those of first registration, not the current domicile.
 */
import { type CalendarDate, daysInMonth, toCalendarDate } from "@/lib/dates/calendar";
import type { Gender } from "@/lib/identifiers/nip";

export type NikParts = {
  nik: string;
  provinceCode: string;
  /** Province + regency, 4 digits. */
  regencyCode: string;
  /** Province + regency + district, 6 digits. */
  districtCode: string;
  birthDay: number;
  birthMonth: number;
  /** The century is not encoded in a NIK. */
  birthYearTwoDigits: number;
  gender: Gender;
};

export type NikParseResult = { ok: true; value: NikParts } | { ok: false; message: string };

const NIK_LENGTH = 16;
/**
 * The province codes of Kemendagri (Permendagri 100.1.1-6117/2022), which the NIK's first two digits
 * carry: the gaps (20, 22–30, 37–50, ...) are no province, so a NIK starting with one is a typo.
 * 93–96 are the Papua provinces formed in 2022.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
  "31", "32", "33", "34", "35", "36",
  "51", "52", "53",
  "61", "62", "63", "64", "65",
  "71", "72", "73", "74", "75", "76",
  "81", "82",
  "91", "92", "93", "94", "95", "96",
]);
const FEMALE_DAY_OFFSET = 40;

export function normalizeNik(input: string): string {
  return input.replace(/\s+/g, "");
}

export function parseNik(input: string): NikParseResult {
  const nik = normalizeNik(input);
  if (nik.length === 0) return { ok: false, message: "NIK wajib diisi" };
  if (!/^\d+$/.test(nik) || nik.length !== NIK_LENGTH) {
    const detail = /^\d+$/.test(nik) ? ` (yang diisi ${nik.length} digit)` : "";
    return { ok: false, message: `NIK harus 16 digit angka${detail}` };
  }

  if (!PROVINCE_CODES.has(nik.slice(0, 2))) {
    return { ok: false, message: "2 digit pertama NIK harus kode provinsi yang valid (misalnya 61 untuk Kalimantan Barat)" };
  }
  // Digits 3–4 name the regency (01–69) or city (71–99), digits 5–6 the district: neither is ever 00, and 70 is
  // neither a regency nor a city.
  const regency = nik.slice(2, 4);
  if (regency === "00" || regency === "70") {
    return { ok: false, message: "Digit ke-3 dan ke-4 NIK harus kode kabupaten/kota yang valid (01–69 atau 71–99)" };
  }
  if (nik.slice(4, 6) === "00") {
    return { ok: false, message: "Digit ke-5 dan ke-6 NIK harus kode kecamatan yang valid (bukan 00)" };
  }

  const encodedDay = Number(nik.slice(6, 8));
  const birthMonth = Number(nik.slice(8, 10));
  const birthYearTwoDigits = Number(nik.slice(10, 12));
  const gender: Gender = encodedDay > FEMALE_DAY_OFFSET ? "F" : "M";
  const birthDay = gender === "F" ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
  // Without the century, 29 February is only certain to be invalid when YY is
  // not a multiple of 4 (00 could be the leap year 2000).
  const maxDay =
    birthMonth === 2 ? (birthYearTwoDigits % 4 === 0 ? 29 : 28) : daysInMonth(2001, birthMonth);
  if (birthMonth < 1 || birthMonth > 12 || birthDay < 1 || birthDay > maxDay) {
    return {
      ok: false,
      message:
        "Digit ke-7 sampai ke-12 NIK harus tanggal lahir yang valid (HHBBTT; tanggal ditambah 40 untuk perempuan)",
    };
  }

  if (nik.slice(12) === "0000") {
    return { ok: false, message: "4 digit terakhir NIK (nomor urut) tidak boleh 0000" };
  }

  return {
    ok: true,
    value: {
      nik,
      provinceCode: nik.slice(0, 2),
      regencyCode: nik.slice(0, 4),
      districtCode: nik.slice(0, 6),
      birthDay,
      birthMonth,
      birthYearTwoDigits,
      gender,
    },
  };
}

/**
 * The birth date a NIK most likely encodes, for pre-filling a CV: the NIK has no century, so the later of
 * 19YY and 20YY that leaves the person at least `minAge` years old in `currentYear` (nobody younger signs
 * up). Null when that date does not exist (29 February 1900). The applicant confirms it in the CV.
 */
export function nikBirthDate(parts: Pick<NikParts, "birthDay" | "birthMonth" | "birthYearTwoDigits">, currentYear: number, minAge = 15): CalendarDate | null {
  const recent = 2000 + parts.birthYearTwoDigits;
  const year = recent <= currentYear - minAge ? recent : 1900 + parts.birthYearTwoDigits;
  if (parts.birthMonth === 2 && parts.birthDay === 29 && daysInMonth(year, 2) < 29) return null;
  return toCalendarDate(year, parts.birthMonth, parts.birthDay);
}

/** Keeps the regency code and the sequence; the birth date is hidden: "6172********0001". */
export function maskNik(nik: string): string {
  const normalized = normalizeNik(nik);
  if (normalized.length <= 8) return "*".repeat(normalized.length);
  return `${normalized.slice(0, 4)}${"*".repeat(normalized.length - 8)}${normalized.slice(-4)}`;
}
