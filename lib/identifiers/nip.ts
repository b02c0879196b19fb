/**
 * NIP (Nomor Induk Pegawai), 18 digits: birth date YYYYMMDD, TMT CPNS YYYYMM,
 * gender (1 male, 2 female), sequence NNN. Example 196608011988031001.
 */
import { type CalendarDate, toCalendarDate, parseCalendarDate } from "@/lib/dates/calendar";

export type Gender = "M" | "F";

export type NipParts = {
  nip: string;
  birthDate: CalendarDate;
  /** `YYYY-MM` */
  tmtCpns: string;
  gender: Gender;
  sequence: string;
};

export type NipParseResult = { ok: true; value: NipParts } | { ok: false; message: string };

const NIP_LENGTH = 18;
// Civil servants born before 1900 or appointed before it are not in any register.
const MIN_YEAR = 1900;

/** People type NIPs in groups ("19660801 198803 1 001"); whitespace carries no meaning. */
export function normalizeNip(input: string): string {
  return input.replace(/\s+/g, "");
}

export function parseNip(input: string): NipParseResult {
  const nip = normalizeNip(input);
  if (nip.length === 0) return { ok: false, message: "NIP wajib diisi" };
  if (!/^\d+$/.test(nip) || nip.length !== NIP_LENGTH) {
    const detail = /^\d+$/.test(nip) ? ` (yang diisi ${nip.length} digit)` : "";
    return { ok: false, message: `NIP harus 18 digit angka${detail}` };
  }

  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const birth = parseCalendarDate(birthDate);
  if (!birth || birth.y < MIN_YEAR) {
    return {
      ok: false,
      message: "8 digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH)",
    };
  }

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtYear < MIN_YEAR || tmtMonth < 1 || tmtMonth > 12) {
    return {
      ok: false,
      message: "Digit ke-9 sampai ke-14 NIP harus TMT CPNS yang valid (TTTTBB)",
    };
  }
  if (tmtYear * 12 + tmtMonth <= birth.y * 12 + birth.m) {
    return {
      ok: false,
      message: "TMT CPNS pada NIP (digit ke-9 sampai ke-14) harus sesudah tanggal lahir",
    };
  }

  const genderDigit = nip[14];
  if (genderDigit !== "1" && genderDigit !== "2") {
    return {
      ok: false,
      message: "Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)",
    };
  }

  return {
    ok: true,
    value: {
      nip,
      birthDate: toCalendarDate(birth.y, birth.m, birth.d),
      tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      gender: genderDigit === "1" ? "M" : "F",
      sequence: nip.slice(15, 18),
    },
  };
}

/**
 * For public pages. The birth date and TMT are personal data, so only the
 * birth year and the sequence stay visible: "1966***********001".
 */
export function maskNip(nip: string): string {
  const normalized = normalizeNip(nip);
  if (normalized.length <= 7) return "*".repeat(normalized.length);
  return `${normalized.slice(0, 4)}${"*".repeat(normalized.length - 7)}${normalized.slice(-3)}`;
}
