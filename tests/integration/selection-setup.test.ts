// Creating a whole selection from data (the seed, a template, the test factories use it).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCpnsSelection } from "@/tests/factories/cpns";

describe("creating a selection from data", () => {
  it("writes the CPNS selection with its formations, stages, rules, documents, call announcement and an audit row", async () => {
    const created = await createCpnsSelection("buat");
    const selection = await prisma.selection.findUniqueOrThrow({
      where: { id: created.id },
      select: {
        regime: true,
        status: true,
        vacancies: { orderBy: { order: "asc" }, select: { quota: true, educationRequired: true } },
        stages: { orderBy: { order: "asc" }, select: { kind: true, weight: true } },
        rules: { orderBy: { order: "asc" }, select: { ruleId: true } },
        _count: { select: { documents: true, announcements: true } },
      },
    });
    expect(selection.regime).toBe("CPNS");
    expect(selection.vacancies).toEqual([
      { quota: 2, educationRequired: ["S1"] },
      { quota: 1, educationRequired: ["D3"] },
    ]);
    expect(selection.stages.map((stage) => stage.kind)).toEqual(["REGISTRATION", "ADMINISTRATIVE", "ADMIN_RESULT", "OBJECTION", "SKD", "SKB", "FINAL_RESULT"]);
    expect(selection.stages.filter((stage) => stage.weight !== null).map((stage) => Number(stage.weight))).toEqual([40, 60]);
    expect(selection.rules.map((rule) => rule.ruleId)).toEqual(["age_range", "not_civil_servant", "education_in_formation"]);
    expect(selection._count).toEqual({ documents: 4, announcements: 1 });
    const audit = await prisma.auditLog.findFirst({ where: { action: "selection.create", entityId: created.id }, select: { after: true } });
    expect(audit?.after).toMatchObject({ slug: created.slug, regime: "CPNS", source: "test" });
  });
});
