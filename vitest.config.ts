import path from "node:path";
import { defineConfig } from "vitest/config";

// Auth.js imports "next/server" without an extension, which Node's ESM resolver refuses outside Next: the
// tests that load server actions (the hostile-input and authorisation-matrix tests) have Vite resolve it.
const server = { deps: { inline: ["next-auth"] } };

const alias = {
  "@": path.resolve(import.meta.dirname),
  // lib's server modules start with `import "server-only"`, which throws outside Next's react-server
  // condition; tests run them on the server, so it resolves to the package's no-op entry here.
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", server },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          server,
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: ["tests/setup/integration-env.ts"],
          // Each file has its own database (a copy of the run's seeded template) and folders, so files run
          // in parallel. Two workers suit a 2-core machine (see DECISIONS.md, "A harness that scales");
          // INTEGRATION_WORKERS overrides it.
          fileParallelism: true,
          maxWorkers: Number(process.env.INTEGRATION_WORKERS ?? 2),
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
