import "server-only";
// What /api/health reports: whether the database answers (route handlers do not reach Prisma themselves).
import { prisma } from "@/lib/db";

export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
