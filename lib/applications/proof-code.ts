import crypto from "node:crypto";

// The code printed on a registration proof (and in its QR link). It is derived from facts fixed at
// submission, so the public verification page can recompute it; without it, a guessed registration
// number reveals nothing.
export function proofCode(input: { applicationId: string; registrationNumber: string; submittedAt: Date }): string {
  return crypto
    .createHash("sha256")
    .update(`${input.applicationId}|${input.registrationNumber}|${input.submittedAt.toISOString()}`)
    .digest("hex")
    .slice(0, 12)
    .toUpperCase();
}
