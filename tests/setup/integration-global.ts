import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

// One migrated database per run serves as a template; every test file gets its own copy of it
// (tests/setup/integration-env.ts), so files never see each other's data.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("it");
  project.provide("templateDatabaseUrl", database.url);
  return async () => {
    await database.stop();
  };
}
