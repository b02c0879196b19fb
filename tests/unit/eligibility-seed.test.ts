import { describe, expect, it } from "vitest";

import { evaluateEligibility, validateRuleConfig } from "@/lib/eligibility";
import { singkawang2025 } from "@/prisma/seed-data/singkawang-2025";
import { CONTRACT_CANDIDATE } from "../fixtures/eligibility-contract";

// The seed is the only place rule parameters are written down; a typo there
// would otherwise surface as an exception at the first evaluation.
describe("Singkawang 2025 seed rules", () => {
  const rules = singkawang2025.rules.map(({ ruleId, params }) => ({ ruleId, params }));

  it("are all known and valid", () => {
    expect(validateRuleConfig(rules)).toEqual({ unknownRuleIds: [] });
  });

  it("give the contract verdict for the contract example", () => {
    const result = evaluateEligibility({
      rules,
      referenceDate: singkawang2025.referenceDatePlanned,
      ageReading: singkawang2025.ageReading,
      candidate: CONTRACT_CANDIDATE,
    });
    expect(result.verdict).toBe("NOT_ELIGIBLE");
    expect(result.age).toEqual({ years: 59, months: 4, days: 0, limit: 56 });
    expect(result.rules).toHaveLength(rules.length);
  });
});
