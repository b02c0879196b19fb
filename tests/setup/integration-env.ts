import { afterAll, inject } from "vitest";

// Point the app's one Prisma client at this run's fresh database before any test imports it.
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
});
