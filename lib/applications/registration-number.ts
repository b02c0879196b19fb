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

export function formatRegistrationNumber(parts: { regionCode: string; year: number; vacancyCode: string; sequence: number }): string {
  const yy = String(parts.year % 100).padStart(2, "0");
  const sequence = String(parts.sequence).padStart(5, "0");
  const check = luhnCheckDigit(`${parts.regionCode}${yy}${sequence}`);
  return `${parts.regionCode}-${yy}-${parts.vacancyCode.toUpperCase()}-${sequence}-${check}`;
}

const PATTERN = /^(\d{2,4})-(\d{2})-([A-Z0-9]+)-(\d{5})-(\d)$/;

export function isValidRegistrationNumber(value: string): boolean {
  const match = PATTERN.exec(value.trim().toUpperCase());
  if (!match) return false;
  const [, region, yy, , sequence, check] = match;
  return luhnCheckDigit(`${region}${yy}${sequence}`) === Number(check);
}
