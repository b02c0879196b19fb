import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBaseUrl } from "@/lib/urls/base-url";

describe("the public base URL", () => {
  it("accepts http(s) addresses, without a trailing slash, and refuses the rest", () => {
    expect(parseBaseUrl("https://seleksi.example.go.id/")).toBe("https://seleksi.example.go.id");
    expect(parseBaseUrl("https://portal.example.go.id/seleksi/")).toBe("https://portal.example.go.id/seleksi");
    expect(parseBaseUrl("http://localhost:3100")).toBe("http://localhost:3100");
    for (const bad of ["seleksi.example.go.id", "ftp://example.go.id", "https://example.go.id/?a=1", "https://user:pw@example.go.id", "javascript:alert(1)"]) {
      expect(parseBaseUrl(bad)).toBeNull();
    }
  });

  it("npm start (production) refuses to start without PUBLIC_BASE_URL, before touching the database", () => {
    const env = { ...process.env, PUBLIC_BASE_URL: "", DATABASE_URL: "postgres://tidak-dipakai.invalid/x" };
    delete (env as Record<string, string | undefined>).PUBLIC_BASE_URL;
    const result = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/cli/run-app.ts", "start"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("PUBLIC_BASE_URL belum diatur");
    expect(result.stderr).toContain("npm run demo");
  }, 60_000);
});
