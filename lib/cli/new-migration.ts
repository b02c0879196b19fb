// Writes the next migration: the SQL that turns the schema as of the last migration into the current
// prisma/schema.prisma. Prisma's native schema engine cannot be downloaded on our machines, so this
// drives Prisma's own WebAssembly schema engine (see DECISIONS.md). Usage: npm run db:migration:new -- name
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { openDatabase } from "./pg-server";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
// The schema as it stood when the last migration was written; the next diff starts from it.
const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema-snapshot.prisma");

type WasmGlue = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (options: unknown, log: (message: string) => void, adapter: object) => Promise<{
      diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
    }>;
  };
};

async function loadSchemaEngine() {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(gluePath)) as WasmGlue;
  // The package's entry imports the .wasm file directly, which Node refuses; instantiate it by hand.
  const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as never });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  if (!name) {
    console.error("Usage: npm run db:migration:new -- <name>");
    process.exit(2);
  }
  const current = fs.readFileSync(SCHEMA_PATH, "utf8");
  const previous = fs.existsSync(SNAPSHOT_PATH) ? fs.readFileSync(SNAPSHOT_PATH, "utf8") : null;
  const SchemaEngine = await loadSchemaEngine();
  // Diffing two datamodels reads no tables, but the engine connects through the adapter all the same.
  const database = await openDatabase();
  // The engine speaks the error-capturing adapter protocol; Prisma's own binder provides it.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: database.url }));
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", current]] }, () => {}, adapter);
  const files = (content: string) => ({ files: [{ path: "schema.prisma", content }] });
  const result = await engine.diff({
    from: previous ? { tag: "schemaDatamodel", ...files(previous) } : { tag: "empty" },
    to: { tag: "schemaDatamodel", ...files(current) },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  await database.stop();
  const sql = result.stdout ?? "";
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("Schema unchanged: no migration written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.writeFileSync(SNAPSHOT_PATH, current);
  if (!fs.existsSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"))) {
    fs.writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
