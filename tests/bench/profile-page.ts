// Where a page's time goes: one production server sampled by the inspector (cpu-profile-preload.mjs), a page
// loaded for N seconds with the demo applicant's session (PROFILE_ANONYMOUS=1: without), then the profile's
// self time by package and function, and the share under a few groups (printed). Not part of npm run bench: a
// tool to find the cause of a miss (DECISIONS.md, #16).
//   npx tsx --conditions=react-server tests/bench/profile-page.ts /akun 10
//   npx tsx --conditions=react-server tests/bench/profile-page.ts uploads 3   (the bench's uploads, 3 rounds)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { encode } from "next-auth/jwt";
import { freePort } from "@/lib/cli/pg-server";
import { startAppServer } from "../setup/app-server";
import { runLoad } from "./http-load";

const pagePath = process.argv[2] ?? "/akun";
const seconds = Number(process.argv[3] ?? 10);
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-prof-"));
process.env.LOG_LEVEL = "warn";
// Uploads to a draft application need the registration window open: the seed's 2025 selection.
process.env.PORTAL_FAKE_NOW ??= "2025-11-01T10:00:00+07:00";
process.env.PORTAL_CPU_PROF_DIR = profileDir;
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import=${pathToFileURL(path.resolve("tests/bench/cpu-profile-preload.mjs")).href}`].filter(Boolean).join(" ");
const server = await startAppServer({ port: await freePort(), label: "profile", stdio: "ignore", wait: true });
delete process.env.NODE_OPTIONS;
const { prisma } = await import("@/lib/db");
const user = await prisma.user.findUniqueOrThrow({ where: { email: "pelamar@demo.seleksi.id" }, select: { id: true, sessionVersion: true } });
const token = await encode({ token: { sub: user.id, sv: user.sessionVersion }, secret: server.authSecret, salt: "authjs.session-token", maxAge: 3600 });
const headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br", ...(process.env.PROFILE_ANONYMOUS ? {} : { cookie: `authjs.session-token=${token}` }) };
if (pagePath === "uploads") {
  // The bench's 50 simultaneous 5 MB uploads, a few rounds.
  const { measureUploads } = await import("./run");
  for (let round = 0; round < seconds; round += 1) await measureUploads(server);
} else {
  await runLoad(`${server.baseUrl}${pagePath}`, { connections: 8, seconds: 2, headers });
  const result = await runLoad(`${server.baseUrl}${pagePath}`, { connections: 16, seconds, headers });
  console.log(`${pagePath}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, non-2xx ${result.non2xx}`);
}
await server.stop();

type Node = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };
for (const file of fs.readdirSync(profileDir)) {
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const url = node.callFrame.url;
    const group = !url ? `(${node.callFrame.functionName || "native"})` : url.includes("node_modules/") ? url.split("node_modules/").pop()!.split("/").slice(0, url.includes("node_modules/@") ? 2 : 1).join("/") : url.includes(".next/server") ? "app bundle (.next/server)" : url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
    self.set(group, (self.get(group) ?? 0) + delta);
    const fn = `${node.callFrame.functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}`;
    fns.set(fn, (fns.get(fn) ?? 0) + delta);
  });
  if (total < 1e6) continue;
  // Inclusive: the share of samples with a frame of the group anywhere on the stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const groups: Record<string, RegExp> = {
    "Auth.js (session cookie: JWE, HKDF)": /node_modules\/(@auth|next-auth|jose)\//,
    "Prisma + pg (queries)": /node_modules\/(@prisma|pg|pg-pool|pg-protocol)\//,
    "zlib (response compression)": /node:zlib/,
    "React server render (react-dom/server, RSC)": /react-dom|react-server-dom|server\.edge|server\.node/,
    "app code (.next/server chunks)": /\.next\/server\/chunks/,
  };
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const url = byId.get(current)!.callFrame.url;
      for (const [name, pattern] of Object.entries(groups)) if (pattern.test(url)) seen.add(name);
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  console.log("  inclusive:");
  for (const [name, time] of [...inclusive].sort((a, b) => b[1] - a[1])) console.log(`${((time / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  console.log(`\n${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  for (const [group, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${((time / total) * 100).toFixed(1).padStart(5)} %  ${group}`);
  console.log("  top functions:");
  for (const [fn, time] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((time / total) * 100).toFixed(1).padStart(5)} %  ${fn}`);
}
process.exit(0);
