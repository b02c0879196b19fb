// Registration numbers: <organiser region code>-<YY>-<vacancy code>-<sequence, 5 digits>-<check digit>,
// e.g. 6172-25-SEKDA-00001-3. The sequence runs per vacancy; the check digit (Luhn over the digits)
// catches most typos when a number is read out over the phone or typed into the verification page.
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Region codes are written with dots in some sources ("13.73", Kemendagri style) and formation codes may
 * carry separators ("PK-01", "3.1"): the number keeps only their letters and digits, so the dash stays
 * the separator and the Luhn digit is computed over digits only.
 */
export function formatRegistrationNumber(parts: { regionCode: string; year: number; vacancyCode: string; sequence: number }): string {
  const region = parts.regionCode.replace(/\D/g, "");
  const code = parts.vacancyCode.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (!/^\d{2,4}$/.test(region) || code.length === 0) {
    throw new RangeError(`Nomor pendaftaran tidak dapat dibentuk dari kode wilayah "${parts.regionCode}" dan kode formasi "${parts.vacancyCode}"`);
  }
  const yy = String(parts.year % 100).padStart(2, "0");
  const sequence = String(parts.sequence).padStart(5, "0");
  const check = luhnCheckDigit(`${region}${yy}${sequence}`);
  return `${region}-${yy}-${code}-${sequence}-${check}`;
}

const PATTERN = /^(\d{2,4})-(\d{2})-([A-Z0-9]+)-(\d{5})-(\d)$/;

export function isValidRegistrationNumber(value: string): boolean {
  const match = PATTERN.exec(value.trim().toUpperCase());
  if (!match) return false;
  const [, region, yy, , sequence, check] = match;
  return luhnCheckDigit(`${region}${yy}${sequence}`) === Number(check);
}
