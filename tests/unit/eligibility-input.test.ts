import { describe, expect, it } from "vitest";

import { eligibilityCandidateSchema, eligibilityInputSchema } from "@/lib/validation/eligibility-input";
import { formatInputIssues } from "@/lib/validation/json-input";
import { CONTRACT_INPUT } from "../fixtures/eligibility-contract";


function issuesOf(input: unknown): string {
  const result = eligibilityInputSchema.safeParse(input);
  if (result.success) throw new Error("expected the input to be rejected");
  return formatInputIssues(result.error);
}

describe("eligibilityInputSchema", () => {
  it("accepts the contract example unchanged", () => {
    expect(eligibilityInputSchema.parse(CONTRACT_INPUT)).toEqual(CONTRACT_INPUT);
  });

  it("accepts an empty candidate and no reference date", () => {
    expect(eligibilityInputSchema.parse({ selection: "sekda-singkawang-2025", candidate: {} })).toEqual({
      selection: "sekda-singkawang-2025",
      candidate: {},
    });
  });

  it("names the field of a bad date", () => {
    expect(issuesOf({ ...CONTRACT_INPUT, referenceDate: "2025-02-29" })).toMatch(/^referenceDate: /);
    const birth = issuesOf({ ...CONTRACT_INPUT, candidate: { birthDate: "01-08-1966" } });
    expect(birth).toContain("candidate.birthDate: ");
    expect(birth).toContain("TTTT-BB-HH");
  });

  it("names the field of a bad enum and lists the allowed values", () => {
    expect(issuesOf({ ...CONTRACT_INPUT, candidate: { rank: "IV/f" } })).toContain("candidate.rank: ");
    expect(issuesOf({ ...CONTRACT_INPUT, candidate: { gender: "L" } })).toContain("M, F");
    expect(issuesOf({ ...CONTRACT_INPUT, candidate: { employmentStatus: "HONORER" } })).toContain(
      "candidate.employmentStatus: ",
    );
    expect(issuesOf({ ...CONTRACT_INPUT, candidate: { education: "S4" } })).toContain("candidate.education: ");
  });

  it("names the index of a bad position", () => {
    const message = issuesOf({
      ...CONTRACT_INPUT,
      candidate: {
        positions: [
          { level: "ADMINISTRATOR", start: "2019-01-02", end: null },
          { level: "KEPALA", start: "2019-01-02" },
        ],
      },
    });
    expect(message).toContain("candidate.positions.1.level: ");
  });

  it("rejects a position that ends before it starts", () => {
    expect(
      issuesOf({ ...CONTRACT_INPUT, candidate: { positions: [{ level: "ADMINISTRATOR", start: "2020-01-01", end: "2019-12-31" }] } }),
    ).toContain("candidate.positions.0.end: ");
  });

  it("rejects JF_OTHER, which the contract does not list", () => {
    expect(
      issuesOf({ ...CONTRACT_INPUT, candidate: { positions: [{ level: "JF_OTHER", start: "2020-01-01" }] } }),
    ).toContain("candidate.positions.0.level: ");
  });

  it("reports a misspelt key instead of ignoring it", () => {
    expect(issuesOf({ ...CONTRACT_INPUT, candidate: { birthdate: "1966-08-01" } })).toContain("birthdate");
  });

  it("requires the selection slug and the candidate", () => {
    const message = issuesOf({});
    expect(message).toContain("selection: ");
    expect(message).toContain("candidate: ");
    expect(issuesOf({ ...CONTRACT_INPUT, selection: "Sekda Singkawang" })).toContain("selection: ");
  });

  it("rejects a non-numeric region code and a non-boolean flag", () => {
    expect(issuesOf({ ...CONTRACT_INPUT, candidate: { instansi: { regionCode: "Kalbar" } } })).toContain(
      "candidate.instansi.regionCode: ",
    );
    expect(issuesOf({ ...CONTRACT_INPUT, candidate: { noMppStatement: "ya" } })).toContain("candidate.noMppStatement: ");
  });

  it("validates a candidate on its own (self-check form)", () => {
    expect(eligibilityCandidateSchema.safeParse({ rank: "IV/b", education: "D4" }).success).toBe(true);
  });
});
