import { isDatabaseReachable } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  if (await isDatabaseReachable()) return Response.json({ status: "ok", db: "ok" });
  return Response.json({ status: "error", db: "unreachable", reason: "Basis data tidak dapat dihubungi" }, { status: 503 });
}
