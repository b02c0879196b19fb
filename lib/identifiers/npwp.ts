/**
 * NPWP (Nomor Pokok Wajib Pajak). The old form has 15 digits, usually written
 * "01.234.567.8-901.000"; since 2024 individuals use their 16-digit NIK as
 * NPWP. People type either with or without the separators.
 */

export type NpwpParseResult = { ok: true; value: string } | { ok: false; message: string };

const NPWP_LENGTHS = [15, 16] as const;

/** Dots, dashes and spaces are formatting only. */
export function normalizeNpwp(input: string): string {
  return input.replace(/[\s.\-]/g, "");
}

export function parseNpwp(input: string): NpwpParseResult {
  const npwp = normalizeNpwp(input);
  if (npwp.length === 0) return { ok: false, message: "NPWP wajib diisi" };
  if (!/^\d+$/.test(npwp)) {
    return { ok: false, message: "NPWP hanya boleh berisi angka (titik, tanda hubung dan spasi boleh)" };
  }
  if (!(NPWP_LENGTHS as readonly number[]).includes(npwp.length)) {
    return { ok: false, message: `NPWP harus 15 atau 16 digit (yang diisi ${npwp.length} digit)` };
  }
  return { ok: true, value: npwp };
}

/** "012345678901000" → "01.234.567.8-901.000"; a 16-digit NPWP is shown as its digits. */
export function formatNpwp(npwp: string): string {
  const digits = normalizeNpwp(npwp);
  if (digits.length !== 15) return digits;
  return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}.${digits.slice(8, 9)}-${digits.slice(9, 12)}.${digits.slice(12)}`;
}
