import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here (see DECISIONS.md: migrations are applied by
// lib/cli/migrations.ts); the URL is given when a command needs one.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
