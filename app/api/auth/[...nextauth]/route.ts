import { clientIp } from "@/lib/auth/guards";
import { handlers } from "@/lib/auth/config";
import { signInRateLimits } from "@/lib/auth/sign-in";
import { tooManyRequests } from "@/lib/http";
import { takeRateLimits } from "@/lib/rate-limit";

export const { GET } = handlers;

/**
 * Auth.js's credentials endpoint signs in without the form's server action, so it takes the same request
 * limits (lib/auth/sign-in.ts signInRateLimits) and answers 429 with Retry-After over them.
 */
export async function POST(request: Parameters<typeof handlers.POST>[0]): Promise<Response> {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const identifier = form?.get("identifier");
    const ip = await clientIp();
    const verdict = await takeRateLimits(signInRateLimits(ip, typeof identifier === "string" ? identifier : null), ip);
    if (verdict.limited) return tooManyRequests(verdict.retryAfterSeconds);
  }
  return handlers.POST(request);
}
