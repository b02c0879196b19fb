// The server Playwright tests run against (playwright.config.ts webServer starts and stops it).
import { startAppServer } from "./app-server";

async function main() {
  const server = await startAppServer({ port: Number(process.env.E2E_PORT ?? 3100), label: "e2e", scoringScenario: true });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
