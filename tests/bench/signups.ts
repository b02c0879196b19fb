// The sign-up burst of the benchmark: distinct sign-ups POSTed to the sign-up page's server action over HTTP
// (as the form sends them), and the raw argon2id rate they are compared with. Used by run.ts (one server) and
// scale.ts (one and two instances behind a proxy).
import fs from "node:fs";
import argon2 from "argon2";
import { runLoad } from "./http-load";

export const PASSWORD = "RahasiaSekali2025";

/** The sign-up action's id in this build (what the form's `Next-Action` header carries). */
export function signUpActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const entries = Object.entries(manifest.node).filter(([, entry]) => Object.keys(entry.workers).some((worker) => worker.includes("daftar/page")));
  const named = entries.filter(([, entry]) => entry.exportedName === "signUpAction");
  const found = named.length === 1 ? named : entries;
  if (found.length !== 1) throw new Error(`Cannot tell the sign-up action apart in the manifest (${found.length} candidates)`);
  return found[0]![0];
}

/** NIP and NIK of sign-up `index`: birth dates differ per index (unique for index < 6,720). */
export function signUpIdentity(index: number) {
  const day = String(1 + (index % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, "0");
  const year = 1966 + (Math.floor(index / 336) % 20);
  return { nip: `${year}${month}${day}201001${1}987`, nik: `617201${day}${month}${String(year).slice(2)}${String(9000 + (index % 1000)).padStart(4, "0")}` };
}

/** Raw argon2id hashes per second in this process with lib/auth/password.ts's parameters (the library's defaults). */
export async function argon2Rate(): Promise<number> {
  const inFlight = 4; // libuv's default thread pool, as the server has
  const total = 24;
  await argon2.hash(PASSWORD, { type: argon2.argon2id });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < total) {
        next += 1;
        await argon2.hash(PASSWORD, { type: argon2.argon2id });
      }
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

export type SignUpBurst = { answered: number; refused: number; errors: number; seconds: number; p99: number };

/**
 * `count` sign-ups from `clients` concurrent clients to `baseUrl`/daftar, identities `first`..`first+count-1`
 * (e-mail `${emailPrefix}${index}@bench.seleksi.id`). `headers` go with every request (e.g. a proxy's pin).
 */
export async function signUpBurst(
  baseUrl: string,
  options: { count: number; clients: number; first?: number; emailPrefix: string; headers?: Record<string, string> },
): Promise<SignUpBurst> {
  const actionId = signUpActionId();
  const first = options.first ?? 0;
  let issued = 0;
  let answered = 0;
  let refused = 0;
  const started = performance.now();
  const result = await runLoad(`${baseUrl}/daftar`, {
    connections: options.clients,
    amount: options.count,
    method: "POST",
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: baseUrl, ...options.headers },
    setupRequest: (request) => {
      const index = first + issued;
      issued += 1;
      const input = {
        employment: "PNS",
        fullName: `Pendaftar Uji ${index + 1}`,
        ...signUpIdentity(index),
        email: `${options.emailPrefix}${index}@bench.seleksi.id`,
        phone: `0812${String(10_000_000 + index)}`,
        password: PASSWORD,
        passwordConfirm: PASSWORD,
      };
      // The server action's arguments as React's encodeReply sends plain values: a JSON array.
      return { ...request, body: JSON.stringify([input]) };
    },
    onResponse: (status, body) => {
      if (status === 200 && body.includes('"ok":true')) answered += 1;
      else {
        refused += 1;
        if (refused <= 3) console.log(`sign-up answered ${status}: ${body.slice(0, 300)}`);
      }
    },
  });
  // Refused: every answer that is not 200 with ok:true (non-2xx included); errors: connections lost, timeouts.
  return { answered, refused, errors: result.errors + refused, seconds: (performance.now() - started) / 1000, p99: result.p99 };
}
