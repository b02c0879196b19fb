// Starts the portal: the database first (embedded unless DATABASE_URL is set), migrations, optionally
// the seed, then `next dev` or `next start` as a child process. Ctrl-C / SIGTERM stops both.
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { localAuthSecret, prepareDatabase } from "./prepare";
import { parseBaseUrl } from "@/lib/urls/base-url";

/**
 * The address links in e-mails and the proof's QR code point at (lib/urls/base-url.ts). `npm start` is
 * production: PUBLIC_BASE_URL must be set and valid. The demo and `npm run dev` derive it from the port.
 */
function resolvePublicBaseUrl(mode: "dev" | "start", isDemo: boolean, port: string): string {
  const configured = process.env.PUBLIC_BASE_URL;
  if (configured) {
    const parsed = parseBaseUrl(configured);
    if (!parsed) throw new Error(`PUBLIC_BASE_URL tidak sah: "${configured}". Contoh: PUBLIC_BASE_URL=https://seleksi.example.go.id`);
    return parsed;
  }
  if (mode === "start" && !isDemo) {
    throw new Error(
      "PUBLIC_BASE_URL belum diatur. Untuk produksi, isi alamat publik portal (dipakai di tautan e-mail dan kode QR bukti pendaftaran), " +
        "misalnya: PUBLIC_BASE_URL=https://seleksi.example.go.id npm start. Untuk mencoba di komputer sendiri, pakai npm run demo.",
    );
  }
  return `http://localhost:${port}`;
}

async function main() {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  const seed = process.argv.includes("--seed") || mode === "dev";
  const port = process.env.PORT ?? "3000";
  // Checked before anything starts, so a misconfigured production server fails at once with a clear message.
  const publicBaseUrl = resolvePublicBaseUrl(mode, process.argv.includes("--seed"), port);
  // `npm run demo` (--seed) also writes the generated CPNS demo applicants; `npm run dev` seeds without them.
  const database = await prepareDatabase({ seed, demoApplicants: process.argv.includes("--seed") });
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();

  // `npm run dev` only: the JSON log lines on stdout are made readable by pino-pretty (a dev dependency),
  // in its own process; other lines pass through unchanged. `npm start` keeps the JSON lines.
  const pretty =
    mode === "dev"
      ? spawn(process.execPath, [path.resolve("node_modules/pino-pretty/bin.js"), "--colorize", "--ignore", "pid,hostname,service", "--translateTime", "SYS:HH:MM:ss"], {
          stdio: ["pipe", "inherit", "inherit"],
        })
      : null;
  // Started through node directly: `npx next start` leaves a child holding the port when killed.
  const next = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), mode, "-p", port], {
    stdio: pretty ? ["inherit", "pipe", "inherit"] : "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: localAuthSecret(),
      AUTH_TRUST_HOST: "true",
      PUBLIC_BASE_URL: publicBaseUrl,
      PORT: port,
      NEXT_TELEMETRY_DISABLED: "1",
      // The real TCP peer for lib/auth/client-ip.ts (Next gives app code no socket address).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import "${pathToFileURL(path.resolve("lib/cli/peer-address.mjs")).href}"`].filter(Boolean).join(" "),
    },
  });
  if (pretty && next.stdout) next.stdout.pipe(pretty.stdin!);
  console.log(`Portal Seleksi Terbuka: http://localhost:${port}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) next.kill("SIGTERM");
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
