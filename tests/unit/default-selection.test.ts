import { describe, expect, it } from "vitest";
import { defaultSelection } from "@/lib/selections/registration-window";

// Newest first, as the lists come: a selection announced for a later opening, then the one running now.
const upcoming = { slug: "cpns-sawahlunto-2019", registrationOpensAt: "2026-11-19T17:00:00.000Z" };
const running = { slug: "sekda-singkawang-2025", registrationOpensAt: "2025-10-21T17:00:00.000Z" };
const older = { slug: "older", registrationOpensAt: "2024-01-01T00:00:00.000Z" };

describe("the selection meant when none is named", () => {
  it("is the newest whose registration has opened, not one announced for later", () => {
    expect(defaultSelection([upcoming, running, older], new Date("2025-10-28T03:00:00Z"))?.slug).toBe("sekda-singkawang-2025");
  });

  it("is the newer one once its registration opens, from the opening instant itself", () => {
    expect(defaultSelection([upcoming, running], new Date("2026-11-19T16:59:59.999Z"))?.slug).toBe("sekda-singkawang-2025");
    expect(defaultSelection([upcoming, running], new Date("2026-11-19T17:00:00.000Z"))?.slug).toBe("cpns-sawahlunto-2019");
  });

  it("is the newest announced when no registration has opened yet, and nothing when there is none", () => {
    expect(defaultSelection([upcoming], new Date("2025-10-28T03:00:00Z"))?.slug).toBe("cpns-sawahlunto-2019");
    expect(defaultSelection([], new Date())).toBeUndefined();
  });
});
