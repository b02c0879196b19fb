// The SKB shortlist rule as the staff's SKD table and the SKB import say it: from the selection's multiple and
// the formation's quota, never a fixed "3 ×".
import { describe, expect, it } from "vitest";
import { outsideSkbShortlist, skbParticipantsOnly, skbShortlistRule } from "@/lib/cat-results/texts";

describe("the SKB shortlist rule text", () => {
  it("reads the national 3 × quota from the data", () => {
    expect(skbShortlistRule({ shortlistPerQuota: 3, quota: 2 })).toBe("Peserta SKB paling banyak 6 orang (3 × kebutuhan 2)");
    expect(outsideSkbShortlist(3)).toBe("Memenuhi ambang batas, di luar 3 × kebutuhan");
    expect(skbParticipantsOnly(3)).toBe("Hanya peserta SKB (3 × kebutuhan formasi menurut hasil SKD).");
  });

  it("follows another multiple and quota a selection sets", () => {
    expect(skbShortlistRule({ shortlistPerQuota: 2, quota: 5 })).toBe("Peserta SKB paling banyak 10 orang (2 × kebutuhan 5)");
    expect(outsideSkbShortlist(2)).toBe("Memenuhi ambang batas, di luar 2 × kebutuhan");
    expect(skbParticipantsOnly(4)).toContain("(4 × kebutuhan formasi");
  });
});
