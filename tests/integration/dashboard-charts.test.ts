// The dashboard's pictures from real rows: lamaran per WIB day, verifications per member, scores per stage.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getSelectionDashboard } from "@/lib/selections/dashboard";
import { demoUserId } from "../factories/applications";
import { addSubmittedDemoApplicant, copySelection, verifyAllDocuments } from "../factories/selections";
import { viewerOf } from "../factories/viewers";

describe("dashboard charts", () => {
  it("counts lamaran per day in WIB, documents verified per member, and each candidate's mean score per stage", async () => {
    const selection = await copySelection({ label: "grafik" });
    const first = await addSubmittedDemoApplicant(selection, "pelamar@demo.seleksi.id");
    const second = await addSubmittedDemoApplicant(selection, "pelamar@demo.seleksi.id");
    // 29 Oct 18:00 UTC is already 30 October in Singkawang (WIB, UTC+7).
    await prisma.application.update({ where: { id: first.applicationId }, data: { submittedAt: new Date("2025-10-29T18:00:00Z") } });
    await prisma.application.update({ where: { id: second.applicationId }, data: { submittedAt: new Date("2025-10-30T02:00:00Z") } });
    await verifyAllDocuments(first.applicationId);

    const stage = await prisma.stage.findFirstOrThrow({ where: { selectionId: selection.id, isScored: true }, orderBy: { order: "asc" }, select: { id: true, name: true } });
    const [member, member2] = [await demoUserId("anggota@demo.seleksi.id"), await demoUserId("anggota2@demo.seleksi.id")];
    await prisma.score.createMany({
      data: [
        { stageId: stage.id, applicationId: first.applicationId, assessorId: member, value: 70, status: "SUBMITTED", submittedAt: new Date() },
        { stageId: stage.id, applicationId: first.applicationId, assessorId: member2, value: 80, status: "SUBMITTED", submittedAt: new Date() },
        // A draft does not count, nor does a superseded score.
        { stageId: stage.id, applicationId: second.applicationId, assessorId: member, value: 20, status: "DRAFT" },
        { stageId: stage.id, applicationId: second.applicationId, assessorId: member2, value: 30, status: "SUPERSEDED", submittedAt: new Date() },
        { stageId: stage.id, applicationId: second.applicationId, assessorId: member2, value: 91, status: "SUBMITTED", submittedAt: new Date() },
      ],
    });

    const secretariat = await demoUserId("sekretariat@demo.seleksi.id");
    const dashboard = await getSelectionDashboard(selection.slug, await viewerOf(secretariat), new Date("2025-10-31T00:00:00Z"));
    const charts = dashboard!.charts;
    expect(charts.sentPerDay.find((bar) => bar.key === "2025-10-30")?.value).toBe(2);
    expect(charts.sentPerDay.find((bar) => bar.key === "2025-10-29")?.value).toBe(0);
    expect(charts.sentPerDay.reduce((sum, bar) => sum + bar.value, 0)).toBe(2);

    const documents = await prisma.document.count({ where: { applicationId: first.applicationId, currentVersionId: { not: null } } });
    expect(documents).toBeGreaterThan(0);
    const secretariatName = (await prisma.user.findUniqueOrThrow({ where: { id: secretariat }, select: { name: true } })).name;
    expect(charts.verifiedPerMember).toEqual([{ key: "0", label: secretariatName, value: documents }]);

    const scores = charts.scoresPerStage.find((entry) => entry.id === stage.id)!;
    expect(scores.name).toBe(stage.name);
    // Means: 75 (first) and 91 (second).
    expect(scores.bands.filter((band) => band.value > 0).map((band) => [band.label, band.value])).toEqual([
      ["70–79", 1],
      ["90–100", 1],
    ]);
  });
});
