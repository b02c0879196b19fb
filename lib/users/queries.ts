import { prisma } from "@/lib/db";

/** The caller's own account; filtered on the caller's id, never on an id from the browser. */
export async function getOwnAccountSummary(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      nip: true,
      profile: { select: { nik: true } },
      applications: {
        orderBy: { createdAt: "desc" },
        select: {
          registrationNumber: true,
          status: true,
          selection: { select: { title: true } },
          vacancy: { select: { title: true } },
        },
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
      registrationNumber: application.registrationNumber,
      status: application.status,
      selectionTitle: application.selection.title,
      vacancyTitle: application.vacancy.title,
    })),
  };
}
