import { describe, expect, it } from "vitest";
import { mailErrorSummary, maskRecipient } from "@/lib/mail/errors";

describe("what the administrator sees of a failed mail", () => {
  it("keeps the SMTP code and reply but no address or identity number", () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <budi.santoso@example.go.id>: Recipient address rejected (NIK 6172011503720009)"), {
      code: "EENVELOPE",
      responseCode: 550,
    });
    const summary = mailErrorSummary(error);
    expect(summary.startsWith("EENVELOPE 550: Can't send mail")).toBe(true);
    expect(summary).not.toContain("budi.santoso");
    expect(summary).not.toContain("6172011503720009");
    expect(mailErrorSummary(new Error("x".repeat(500))).length).toBeLessThanOrEqual(200);
  });

  it("masks the recipient", () => {
    expect(maskRecipient("budi.santoso@example.go.id")).toBe("bu•••@example.go.id");
    expect(maskRecipient("a@example.go.id")).toBe("•••@example.go.id");
    expect(maskRecipient("tanpa-at")).toBe("•••");
  });
});
