// The rate limits of the portal, one row each (README "Rate limits" shows the same table). A limit counts
// requests, successful or not, per client IP ("ip") or per identifier the form carries ("identifier": an
// e-mail, a NIK, a NIP, a registration number, a reset token or an account id, stored hashed). Windows are
// fixed: they start at the first request and the count starts again when they end.
// The sign-in lockout of lib/auth/sign-in.ts (failures per IP, per account and IP, and a delay per account)
// is a separate mechanism and stays in force behind these limits.

export type RateLimitRule = {
  by: "ip" | "identifier";
  /** Requests allowed in one window. */
  points: number;
  windowSeconds: number;
  /** What the README table says the limit covers. */
  description: string;
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const RATE_LIMITS = {
  "sign-in:ip": { by: "ip", points: 60, windowSeconds: 15 * MINUTE, description: "Masuk, per IP" },
  // A short window: anyone who knows an e-mail or NIP can use up this allowance, so the owner must never
  // wait long (the same reasoning as the lockout's per-account delay of at most a minute).
  "sign-in:identifier": { by: "identifier", points: 20, windowSeconds: 1 * MINUTE, description: "Masuk, per e-mail/NIP" },
  "sign-up:ip": { by: "ip", points: 20, windowSeconds: 1 * HOUR, description: "Daftar akun, per IP" },
  "sign-up:email": { by: "identifier", points: 3, windowSeconds: 1 * HOUR, description: "Daftar akun, per e-mail" },
  "sign-up:nik": { by: "identifier", points: 3, windowSeconds: 1 * HOUR, description: "Daftar akun, per NIK" },
  "sign-up:nip": { by: "identifier", points: 3, windowSeconds: 1 * HOUR, description: "Daftar akun, per NIP" },
  "reset-request:ip": { by: "ip", points: 10, windowSeconds: 15 * MINUTE, description: "Minta tautan atur ulang kata sandi, per IP" },
  "reset-request:email": { by: "identifier", points: 3, windowSeconds: 15 * MINUTE, description: "Minta tautan atur ulang kata sandi, per e-mail" },
  "reset-complete:ip": { by: "ip", points: 10, windowSeconds: 15 * MINUTE, description: "Atur ulang kata sandi dari tautan, per IP" },
  "reset-complete:token": { by: "identifier", points: 5, windowSeconds: 15 * MINUTE, description: "Atur ulang kata sandi dari tautan, per tautan" },
  "upload:ip": { by: "ip", points: 120, windowSeconds: 10 * MINUTE, description: "Unggah dokumen, per IP" },
  "upload:account": { by: "identifier", points: 60, windowSeconds: 10 * MINUTE, description: "Unggah dokumen, per akun" },
  "self-check:ip": { by: "ip", points: 60, windowSeconds: 1 * MINUTE, description: "Cek kelayakan (/cek-kelayakan?seleksi=…), per IP" },
  "verify-lookup:ip": { by: "ip", points: 30, windowSeconds: 15 * MINUTE, description: "Verifikasi bukti (/verifikasi?kode=…), per IP" },
  "verify-lookup:number": { by: "identifier", points: 10, windowSeconds: 15 * MINUTE, description: "Verifikasi bukti, per nomor pendaftaran" },
  "verify-resend:account": { by: "identifier", points: 3, windowSeconds: 15 * MINUTE, description: "Kirim ulang tautan verifikasi e-mail, per akun" },
  "password-change:account": { by: "identifier", points: 5, windowSeconds: 15 * MINUTE, description: "Ganti kata sandi, per akun" },
  "email-change:account": { by: "identifier", points: 3, windowSeconds: 15 * MINUTE, description: "Ganti e-mail, per akun" },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** One request to count against a limit; a null key (e.g. the client IP is unknown) is not counted. */
export type RateLimitCheck = { limit: RateLimitName; key: string | null | undefined };

/**
 * The limits of a public lookup, a GET answered by a page (the proxy takes them, since a page cannot answer
 * 429): a proof verification (/verifikasi with a `kode`), per IP and per registration number, and a
 * self-check of a chosen selection (/cek-kelayakan with `seleksi`), per IP. Null for any other request.
 * The self-check's answers are computed in the browser and never sent: choosing the selection is its only
 * request to the server.
 */
export function publicLookupLimits(pathname: string, query: URLSearchParams, ip: string | null): RateLimitCheck[] | null {
  if (pathname === "/verifikasi" && query.has("kode")) {
    const number = (query.get("nomor") ?? "").trim().toUpperCase().slice(0, 64);
    return [
      { limit: "verify-lookup:ip", key: ip },
      { limit: "verify-lookup:number", key: number || null },
    ];
  }
  if (pathname === "/cek-kelayakan" && query.has("seleksi")) return [{ limit: "self-check:ip", key: ip }];
  return null;
}
