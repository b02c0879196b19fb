// The applicant dashboard's account summary (lib/users/queries.ts getOwnAccountSummary): one SQL statement
// that gives what the nested Prisma read of the same data gives, for every account of the seeded database.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getOwnAccountSummary } from "@/lib/users/queries";
import { countStatements } from "../fixtures/sql-statements";

async function nestedRead(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      nip: true,
      profile: { select: { nik: true } },
      applications: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        select: { id: true, registrationNumber: true, status: true, selection: { select: { title: true, regime: true, status: true } }, vacancy: { select: { title: true } } },
      },
    },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    nip: user.nip,
    nik: user.profile?.nik ?? null,
    applications: user.applications.map((application) => ({
      id: application.id,
      registrationNumber: application.registrationNumber,
      status: application.status,
      selectionTitle: application.selection.title,
      regime: application.selection.regime,
      escalated: application.selection.status === "ESCALATED",
      vacancyTitle: application.vacancy.title,
    })),
  };
}

describe("getOwnAccountSummary", () => {
  it("gives every seeded account its name, NIP, NIK and applications newest first, as a nested read does", async () => {
    const users = await prisma.user.findMany({ select: { id: true } });
    let withApplications = 0;
    for (const user of users) {
      const expected = await nestedRead(user.id);
      expect(await getOwnAccountSummary(user.id)).toEqual(expected);
      if ((expected?.applications.length ?? 0) > 0) withApplications += 1;
    }
    expect(withApplications).toBeGreaterThan(0);
    expect(await getOwnAccountSummary("tidak-ada")).toBeNull();
  });

  it("takes one SQL statement", async () => {
    const applicant = await prisma.user.findUniqueOrThrow({ where: { email: "pelamar@demo.seleksi.id" }, select: { id: true } });
    await getOwnAccountSummary(applicant.id);
    const { statements } = await countStatements(() => getOwnAccountSummary(applicant.id));
    expect(statements).toBe(1);
  });
});
