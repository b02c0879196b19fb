import { describe, expect, it } from "vitest";
import { formatRegistrationNumber, isValidRegistrationNumber, luhnCheckDigit } from "@/lib/applications/registration-number";
import { registrationState } from "@/lib/selections/registration-window";

describe("registration numbers", () => {
  it("formats region, year, vacancy, sequence and a Luhn check digit", () => {
    const number = formatRegistrationNumber({ regionCode: "6172", year: 2025, vacancyCode: "sekda", sequence: 1 });
    expect(number).toMatch(/^6172-25-SEKDA-00001-\d$/);
    expect(isValidRegistrationNumber(number)).toBe(true);
  });

  it("detects a mistyped digit", () => {
    const number = formatRegistrationNumber({ regionCode: "6172", year: 2025, vacancyCode: "SEKDA", sequence: 42 });
    const typo = number.replace("00042", "00043");
    expect(isValidRegistrationNumber(typo)).toBe(false);
  });

  it("computes the standard Luhn digit", () => {
    expect(luhnCheckDigit("7992739871")).toBe(3);
  });
});

describe("registration numbers of CPNS formations", () => {
  it("reads a dotted Kemendagri region code and a formation code with separators", () => {
    const number = formatRegistrationNumber({ regionCode: "13.73", year: 2019, vacancyCode: "pk-01.a", sequence: 7 });
    expect(number).toMatch(/^1373-19-PK01A-00007-\d$/);
    expect(isValidRegistrationNumber(number)).toBe(true);
    // The same digits give the same check digit as the undotted code.
    expect(number).toBe(formatRegistrationNumber({ regionCode: "1373", year: 2019, vacancyCode: "PK01A", sequence: 7 }));
  });

  it("refuses to make a number it could not verify", () => {
    expect(() => formatRegistrationNumber({ regionCode: "13.73.01", year: 2019, vacancyCode: "A1", sequence: 1 })).toThrow(RangeError);
    expect(() => formatRegistrationNumber({ regionCode: "1373", year: 2019, vacancyCode: "--", sequence: 1 })).toThrow(RangeError);
  });
});

describe("registration window", () => {
  const opens = new Date("2025-10-21T17:00:00Z"); // 22 Oct 00:00 WIB
  const closes = new Date("2025-11-06T09:00:00Z"); // 6 Nov 16:00 WIB
  it("is open one second before 16:00:00 WIB and closed at it", () => {
    expect(registrationState(opens, closes, new Date("2025-11-06T08:59:59Z"))).toBe("OPEN");
    expect(registrationState(opens, closes, new Date("2025-11-06T09:00:00Z"))).toBe("CLOSED");
    expect(registrationState(opens, closes, new Date("2025-10-21T16:59:59Z"))).toBe("UPCOMING");
  });
});
