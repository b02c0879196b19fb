/**
 * NIK (Nomor Induk Kependudukan), 16 digits: province(2) regency(2)
 * district(2), birth DDMMYY with day + 40 for women, sequence(4). The region
 * codes are those of first registration, not the current domicile.
 */
import { daysInMonth } from "@/lib/dates/calendar";
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
const MIN_PROVINCE_CODE = 11;
const MAX_PROVINCE_CODE = 94;
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

  const province = Number(nik.slice(0, 2));
  if (province < MIN_PROVINCE_CODE || province > MAX_PROVINCE_CODE) {
    return {
      ok: false,
      message: "2 digit pertama NIK harus kode provinsi yang valid (11 sampai 94)",
    };
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

/** Keeps the regency code and the sequence; the birth date is hidden: "6172********0001". */
export function maskNik(nik: string): string {
  const normalized = normalizeNik(nik);
  if (normalized.length <= 8) return "*".repeat(normalized.length);
  return `${normalized.slice(0, 4)}${"*".repeat(normalized.length - 8)}${normalized.slice(-4)}`;
}
