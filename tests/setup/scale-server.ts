// The two-instance test's servers (playwright.scale.config.ts starts and stops this, as the e2e server):
// a throwaway redis-server, one seeded database, two production servers of the same build sharing the
// database, Redis, AUTH_SECRET and the storage folder, and a round-robin proxy in front of them on E2E_PORT.
// The server info (tests/e2e/fixtures.ts) names the proxy as the portal's address, and both instances.
import { freePort } from "@/lib/cli/pg-server";
import { startAppServer, type AppServer } from "./app-server";
import { startRedisServer } from "./redis";
import { startRoundRobinProxy } from "../scale/round-robin-proxy";

async function main() {
  const infoFile = process.env.E2E_SERVER_INFO;
  if (!infoFile) throw new Error("E2E_SERVER_INFO is not set (playwright.scale.config.ts sets it)");
  const redis = await startRedisServer();
  const ports = [await freePort(), await freePort()];
  const proxy = await startRoundRobinProxy(Number(process.env.E2E_PORT ?? 3150), ports.map((port) => `http://127.0.0.1:${port}`));
  // Stops whatever has started, also when the signal comes while the instances start.
  const running: { app?: AppServer } = {};
  const stop = async () => {
    await running.app?.stop();
    await proxy.stop();
    await redis.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  running.app = await startAppServer({
    port: ports[0]!,
    extraPorts: ports.slice(1),
    publicBaseUrl: proxy.url,
    label: "scale",
    infoFile,
    wait: true,
    // The proxy is the one trusted hop: it sets X-Forwarded-For to the client's address (lib/auth/client-ip.ts).
    env: { REDIS_URL: redis.url, TRUSTED_PROXY: "1" },
  });
  console.log(`two instances on ${ports.join(" and ")} behind ${proxy.url}, Redis ${redis.url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
