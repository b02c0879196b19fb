import { describe, expect, it } from "vitest";
import { findTemplate, MINIMUM_OPEN_DAYS, openDays, publicationGaps, redateSelection, SELECTION_TEMPLATES } from "@/lib/selection-setup/templates";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";

const SEED_002_MINIMUM = "wajib diumumkan secara terbuka kepada masyarakat paling singkat 15 (lima belas) hari kalender";

describe("selection templates", () => {
  it("are data: every template id is unique and found by id", () => {
    const ids = SELECTION_TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of SELECTION_TEMPLATES) expect(findTemplate(template.id)).toBe(template);
    expect(findTemplate("tidak-ada")).toBeUndefined();
  });

  it("re-date a whole selection by whole days, keeping every interval, as a draft under the new identity", () => {
    const identity = { slug: "sekda-singkawang-2027", title: "Seleksi 2027", announcementNumber: "01/2027", registrationOpensOn: "2027-10-22" };
    const next = redateSelection(singkawang2025, identity);
    const { registrationOpensOn: _opens, ...named } = identity;
    expect(next).toMatchObject({ ...named, status: "DRAFT" });
    // 22 October 2025 → 22 October 2027 is 730 days (no 29 February in between).
    expect(next.registrationOpensAt).toBe(`2027-10-22${singkawang2025.registrationOpensAt.slice(10)}`);
    expect(next.registrationClosesAt).toBe(`2027-11-06${singkawang2025.registrationClosesAt.slice(10)}`);
    expect(next.referenceDatePlanned).toBe("2027" + singkawang2025.referenceDatePlanned.slice(4));
    expect(next.stages.map((stage) => stage.startsAt.slice(10))).toEqual(singkawang2025.stages.map((stage) => stage.startsAt.slice(10)));
    expect(next.rules).toBe(singkawang2025.rules);
    expect(next.documents).toBe(singkawang2025.documents);
  });

  it("re-date across a leap day by calendar days, not by months", () => {
    const next = redateSelection(singkawang2025, { slug: "x-abc", title: "x", announcementNumber: "x", registrationOpensOn: "2028-02-20" });
    // Registration lasts from the 20th: 15 days later is 6 March in a leap year.
    expect(next.registrationClosesAt.slice(0, 10)).toBe("2028-03-06");
  });

  it("count the open days as the announcement does, and the minimum is the guideline's 15", () => {
    expect(openDays(singkawang2025.registrationOpensAt, singkawang2025.registrationClosesAt)).toBe(15);
    expect(openDays("2027-01-01", "2027-01-14")).toBe(13);
    expect(SEED_002_MINIMUM).toContain(`${MINIMUM_OPEN_DAYS} (lima belas) hari kalender`);
  });

  it("name what a draft lacks before publication", () => {
    expect(publicationGaps({ vacancyCount: 1, positions: ["CHAIR", "SECRETARY"], hasRegistrationStage: true })).toEqual([]);
    expect(publicationGaps({ vacancyCount: 0, positions: ["MEMBER"], hasRegistrationStage: false })).toEqual([
      "Belum ada jabatan/formasi.",
      "Jadwal belum memuat tahap pendaftaran.",
      "Pansel belum memiliki ketua.",
      "Pansel belum memiliki sekretariat.",
    ]);
  });
});
