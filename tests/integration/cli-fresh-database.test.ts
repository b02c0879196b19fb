// @test-database empty
// The JSON command-line tools on a fresh clone (CONTRACTS.md): no database has been made or seeded yet.
// `eligibility` is run as operators run it, without DATABASE_URL, so it starts a new embedded PostgreSQL
// in a data folder of its own (what .data/postgres is on a fresh clone), migrates and seeds it; `audit:verify`
// gets a new, empty database (no tables) on the test server, then `db:backup` archives it. Each must print
// only its JSON on stdout.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/cli/pg-server";
import { CONTRACT_INPUT } from "../fixtures/eligibility-contract";
import { runCli, type CliRun } from "../fixtures/run-cli";

let folder: string;

function run(script: string, args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  return runCli(script, args, { STORAGE_DIR: path.join(folder, "uploads"), MAIL_OUTBOX_DIR: path.join(folder, "outbox"), ...env });
}

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "cli-fresh-"));
});

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("npm run -s eligibility on a fresh clone", () => {
  it("starts a new embedded database, migrates and seeds it, and prints only the JSON; the next run does not seed again", async () => {
    const input = path.join(folder, "input.json");
    fs.writeFileSync(input, JSON.stringify(CONTRACT_INPUT));
    const env = { DATABASE_URL: undefined, EMBEDDED_PG_DIR: path.join(folder, "postgres"), EMBEDDED_PG_PORT: String(await freePort()) };

    const first = await run("lib/cli/eligibility.ts", [input], env);
    expect(first.code, first.stderr).toBe(0);
    const output = JSON.parse(first.stdout) as { verdict: string; referenceDate: string; rules: unknown[] };
    expect(output).toMatchObject({ verdict: "NOT_ELIGIBLE", referenceDate: "2025-12-01" });
    expect(output.rules).toHaveLength(18);
    expect(first.stderr).toContain("Basis data masih kosong");
    expect(fs.existsSync(path.join(folder, "postgres", "PG_VERSION"))).toBe(true);

    const second = await run("lib/cli/eligibility.ts", [input], env);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(output);
    expect(second.stderr).not.toContain("Basis data masih kosong");
  }, 240_000);
});

describe("npm run -s audit:verify on a new database", () => {
  const name = `cli_fresh_${process.pid}_${Date.now()}`;
  let url: string;

  beforeAll(async () => {
    const admin = new URL(process.env.DATABASE_URL ?? "");
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const own = new URL(admin);
    own.pathname = `/${name}`;
    url = own.toString();
  });

  afterAll(async () => {
    const admin = new URL(url);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it("migrates and seeds the empty database and prints only the chain report as JSON", async () => {
    const result = await run("lib/cli/audit-verify.ts", [], { DATABASE_URL: url });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { ok: boolean; rows: number };
    expect(report.ok).toBe(true);
    expect(report.rows).toBeGreaterThan(0);
  }, 240_000);

  it("db:backup on it prints only the archive's JSON summary, the seeded rows counted", async () => {
    const result = await run("lib/cli/backup.ts", ["--keluaran", path.join(folder, "backups")], { DATABASE_URL: url });
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { archive: string; rows: number; audit: { ok: boolean } };
    expect(summary.archive.startsWith(path.join(folder, "backups"))).toBe(true);
    expect(fs.existsSync(summary.archive)).toBe(true);
    expect(summary.rows).toBeGreaterThan(0);
    expect(summary.audit.ok).toBe(true);
  }, 240_000);
});
