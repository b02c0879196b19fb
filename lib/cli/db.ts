// npm run db:migrate | db:seed | db:reset
import { applyMigrations } from "./migrations";
import { openDatabase } from "./pg-server";
import { prepareDatabase } from "./prepare";

async function main() {
  const command = process.argv[2];
  if (command === "migrate") {
    const database = await prepareDatabase({ seed: false });
    await database.stop();
  } else if (command === "seed") {
    const database = await prepareDatabase({ seed: true });
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database.stop();
  } else if (command === "reset") {
    const database = await openDatabase();
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    // The queued jobs go with the rows they point at; applyMigrations installs the job schema again.
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE;");
    await client.end();
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const { seedDatabase } = await import("@/prisma/seed");
    await seedDatabase();
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database.stop();
    console.log("Basis data dikosongkan, dimigrasi dan diisi ulang.");
  } else {
    console.error("Usage: tsx lib/cli/db.ts migrate|seed|reset");
    process.exit(2);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
