import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Boundaries (ARCHITECTURE.md; DECISIONS.md, "Boundaries in tooling"). In a flat config the last block
// that matches a file sets its no-restricted-imports, so every block below lists all of its patterns.
const PRISMA = {
  group: ["@/lib/db", "@/lib/generated/prisma/*", "!@/lib/generated/prisma/enums", "@prisma/*"],
  // Types are erased; generated enums are plain constants and may be used anywhere.
  allowTypeImports: true,
  message: "Prisma stays in lib's server modules: read through lib/<domain>/queries.ts, write through mutations.ts.",
};

// The only modules that may import Prisma: the client, the command-line entry points, each domain's
// queries and mutations, and the named server modules that read or write in the caller's transaction.
const PRISMA_ALLOWED = [
  "lib/db.ts",
  "lib/cli/**",
  "lib/**/queries.ts",
  "lib/**/*-queries.ts",
  "lib/**/mutations.ts",
  "lib/**/*-mutations.ts",
  // The one writer of each status column (status machines' transitions), in the caller's transaction.
  "lib/**/transitions.ts",
  "lib/**/*-transitions.ts",
  "lib/audit/index.ts",
  "lib/notifications/index.ts",
  "lib/auth/guards.ts",
  "lib/auth/selection-access.ts",
  "lib/auth/sign-in.ts",
  "lib/applications/eligibility.ts",
  "lib/applications/form-data.ts",
  "lib/profile/row-tables.ts",
  "lib/results/corrections.ts",
  "lib/results/objections.ts",
  "lib/announcements/publishing.ts",
  "lib/decisions/propose.ts",
  "lib/decisions/record-step.ts",
  "lib/decisions/publish.ts",
  "lib/cat-results/publish.ts",
  "lib/scoring/assessment-import.ts",
  "lib/scoring/guards.ts",
  "lib/scoring/minutes.ts",
  "lib/scoring/score-export.ts",
  "lib/selections/dashboard.ts",
  "lib/selections/eligibility-config.ts",
  "lib/selections/form-context.ts",
];

const QUERIES = ["lib/**/queries.ts", "lib/**/*-queries.ts"];

// Pure modules: the client components and the command-line tools use them, so they import no server module.
const PURE = [
  "lib/eligibility/**",
  "lib/ranking/**",
  "lib/identifiers/**",
  "lib/dates/**",
  "lib/validation/**",
  "lib/scoring/rules.ts",
  "lib/**/status.ts",
  "lib/decisions/steps.ts",
  "lib/results/admin-decision.ts",
  "lib/auth/permissions.ts",
  "lib/errors.ts",
];
const SERVER = {
  group: [
    "server-only",
    // Every file of PRISMA_ALLOWED by its import path (e.g. "@/lib/announcements/publishing")...
    ...PRISMA_ALLOWED.filter((file) => !file.includes("*")).map((file) => `@/${file.replace(/(\/index)?\.ts$/, "")}`),
    "**/queries",
    "**/*-queries",
    "**/mutations",
    "**/*-mutations",
    "**/transitions",
    "**/*-transitions",
    // ...and the server modules that need no Prisma.
    "@/lib/env",
    "@/lib/clock",
    "@/lib/action",
    "@/lib/storage",
    "@/lib/storage/*",
    "@/lib/mail",
    "@/lib/auth/*",
    "!@/lib/auth/permissions",
    "@/lib/documents/file-check",
    "@/lib/documents/pdf-structure",
    "next/headers",
    "next/cache",
    "next-auth",
    "next-auth/*",
    "node:fs",
    "node:fs/*",
  ],
  message: "A pure module imports nothing from the server (database, environment, files, session, cache).",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not a React hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Components never reach the database or domain modules directly (ARCHITECTURE.md).
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/db", "@/lib/*/queries", "@/lib/*/*-queries", "@/lib/*/mutations", "@/lib/*/*-mutations"], allowTypeImports: true, message: "Components receive data from pages; they do not query." }, PRISMA] }],
    },
  },
  {
    // No Prisma in pages, layouts, actions, route handlers or the proxy.
    files: ["app/**/*.{ts,tsx}", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [PRISMA] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: [...PRISMA_ALLOWED, "lib/generated/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [PRISMA] }] },
  },
  {
    // Dependencies point one way: mutations may read through queries, never the reverse.
    files: QUERIES,
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/mutations", "**/*-mutations"], message: "Queries never import mutations: move what both need to a neutral module." }] }],
    },
  },
  {
    // One way to expire public data: expirePublicData (lib/cache-tags.ts) expires the data cache's tags and the
    // public-page cache in front of Next together; a bare updateTag would leave cached pages stale. One way to
    // cache public data: cachePublicData, which does not trust a read that raced an expiry.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["lib/cache-tags.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ImportSpecifier[imported.name=/^(updateTag|revalidateTag)$/]", message: "Expire public data with expirePublicData from @/lib/cache-tags." },
        { selector: "ImportSpecifier[imported.name='unstable_cache']", message: "Cache public data with cachePublicData from @/lib/cache-tags." },
      ],
    },
  },
  {
    files: PURE,
    rules: { "no-restricted-imports": ["error", { patterns: [SERVER, PRISMA] }] },
  },
];

export default config;
