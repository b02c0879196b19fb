import "server-only";
// process.env parsed once with zod; nothing else in the app reads process.env.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL belum diatur: jalankan aplikasi lewat npm run dev/start/demo"),
  /**
   * Connections this instance opens to the database (or to the pooler in front of it). With N instances behind
   * PgBouncer, N × this is what the pooler shares among its server connections.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(16).optional(),
  /** Where uploaded documents live when no S3 bucket is configured. */
  STORAGE_DIR: z.string().default(".data/uploads"),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** SMTP server for e-mail; without it mail is written to MAIL_OUTBOX_DIR as .eml files. */
  SMTP_URL: z.string().optional(),
  MAIL_OUTBOX_DIR: z.string().default(".data/outbox"),
  MAIL_FROM: z.string().default("Portal Seleksi Terbuka <noreply@seleksi.local>"),
  /** The portal's public address for links in e-mails and the QR code (lib/urls/base-url.ts); required in production. */
  PUBLIC_BASE_URL: z.string().optional(),
  /** The port the server listens on: the demo's links are derived from it when PUBLIC_BASE_URL is unset. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** How many reverse proxies of ours stand in front of the portal; their X-Forwarded-For entries are believed. */
  TRUSTED_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Client addresses (comma-separated, as lib/auth/client-ip.ts resolves them) whose requests get every rate
   * limit (lib/rate-limit/rules.ts) multiplied by RATE_LIMIT_RELAXED_FACTOR: a load-test runner, the test suite.
   */
  RATE_LIMIT_RELAXED_IPS: z.string().default(""),
  RATE_LIMIT_RELAXED_FACTOR: z.coerce.number().int().min(1).max(1_000_000).default(100),
  /** Set by lib/cli/peer-address.mjs in the server process: the x-portal-peer header is the TCP peer. */
  PORTAL_PEER_HEADER: z.string().optional(),
  /** "off": the server does not run the job worker (mail); separate `npm run worker` processes do. */
  PORTAL_INPROCESS_WORKER: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}
