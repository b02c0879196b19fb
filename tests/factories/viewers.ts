// A staff viewer as the pages pass it to the scoped reads: the user's id and roles, from the database.
import type { SelectionViewer } from "@/lib/auth/selection-access";
import { prisma } from "@/lib/db";

export async function viewerOf(userId: string): Promise<SelectionViewer> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, roles: true } });
  return { id: user.id, roles: user.roles };
}
