import { describe, expect, it } from "vitest";
import { wibToUtc } from "@/lib/dates/wib";
import { decideUpload, isRequirementApplicable, type UploadPolicyInput } from "@/lib/documents/upload-policy";

const DEADLINE = wibToUtc("2025-11-06T16:00");
const INTERVIEW_ENDS = wibToUtc("2025-11-18T23:59");
const SECOND = 1000;

function input(overrides: Partial<UploadPolicyInput> = {}): UploadPolicyInput {
  return {
    requirement: { condition: "ALWAYS", dueStage: "REGISTRATION" },
    application: { status: "DRAFT", submittedAt: null },
    documentDeadlineAt: DEADLINE,
    dueStageEndsAt: null,
    applicantRegionCode: "6172",
    organiserRegionCode: "6172",
    now: wibToUtc("2025-11-01T10:00"),
    ...overrides,
  };
}

const submitted = { status: "SUBMITTED" as const, submittedAt: wibToUtc("2025-11-05T09:00") };
const interviewItem = { condition: "ALWAYS" as const, dueStage: "INTERVIEW" as const };

describe("upload policy before submission", () => {
  it("allows the last second before 16:00:00 WIB and says until when", () => {
    const decision = decideUpload(input({ now: new Date(DEADLINE.getTime() - SECOND) }));
    expect(decision).toEqual({ allowed: true, closesAt: DEADLINE });
  });

  it("refuses at 16:00:00 WIB exactly and after, naming the deadline", () => {
    for (const now of [DEADLINE, new Date(DEADLINE.getTime() + SECOND), wibToUtc("2025-11-07T08:00")]) {
      const decision = decideUpload(input({ now }));
      expect(decision).toMatchObject({ allowed: false, code: "DEADLINE_PASSED" });
      if (!decision.allowed) expect(decision.reason).toContain("6 November 2025 pukul 16.00 WIB");
    }
  });

  it("treats interview-due items like the others until submission (the draft closes at the deadline)", () => {
    expect(decideUpload(input({ requirement: interviewItem, dueStageEndsAt: INTERVIEW_ENDS })).allowed).toBe(true);
    expect(decideUpload(input({ requirement: interviewItem, dueStageEndsAt: INTERVIEW_ENDS, now: DEADLINE }))).toMatchObject({
      allowed: false,
      code: "DEADLINE_PASSED",
    });
  });
});

describe("upload policy after submission", () => {
  it("freezes registration documents, even before the deadline", () => {
    expect(decideUpload(input({ application: submitted }))).toMatchObject({ allowed: false, code: "FROZEN_AFTER_SUBMISSION" });
  });

  it("treats any status past DRAFT as submitted", () => {
    expect(decideUpload(input({ application: { status: "ADMIN_PASSED", submittedAt: null } }))).toMatchObject({
      allowed: false,
      code: "FROZEN_AFTER_SUBMISSION",
    });
  });

  it("keeps interview-due items (14–16) open until the interview stage ends, after the document deadline", () => {
    const afterDeadline = wibToUtc("2025-11-10T09:00");
    expect(decideUpload(input({ application: submitted, requirement: interviewItem, dueStageEndsAt: INTERVIEW_ENDS, now: afterDeadline }))).toEqual({
      allowed: true,
      closesAt: INTERVIEW_ENDS,
    });
    const lastSecond = new Date(INTERVIEW_ENDS.getTime() - SECOND);
    expect(decideUpload(input({ application: submitted, requirement: interviewItem, dueStageEndsAt: INTERVIEW_ENDS, now: lastSecond })).allowed).toBe(true);
    expect(decideUpload(input({ application: submitted, requirement: interviewItem, dueStageEndsAt: INTERVIEW_ENDS, now: INTERVIEW_ENDS }))).toMatchObject({
      allowed: false,
      code: "DEADLINE_PASSED",
    });
  });

  it("refuses an interview-due item when the stage is not scheduled", () => {
    expect(decideUpload(input({ application: submitted, requirement: interviewItem, dueStageEndsAt: null }))).toMatchObject({
      allowed: false,
      code: "STAGE_NOT_SCHEDULED",
    });
  });

  it("never allows uploads for failed or withdrawn applications, not even interview items", () => {
    for (const status of ["ADMIN_FAILED", "WITHDRAWN"] as const) {
      const decision = decideUpload(input({ application: { status, submittedAt: submitted.submittedAt }, requirement: interviewItem, dueStageEndsAt: INTERVIEW_ENDS }));
      expect(decision).toMatchObject({ allowed: false, code: "APPLICATION_CLOSED" });
    }
    expect(decideUpload(input({ application: { status: "WITHDRAWN", submittedAt: null } }))).toMatchObject({ code: "APPLICATION_CLOSED" });
  });
});

describe("OUTSIDE_ORGANISER applicability (item 21)", () => {
  const item21 = { condition: "OUTSIDE_ORGANISER" as const, dueStage: "REGISTRATION" as const };

  it("does not apply to a PNS of the organiser itself", () => {
    expect(isRequirementApplicable("OUTSIDE_ORGANISER", "6172", "6172")).toBe(false);
    expect(decideUpload(input({ requirement: item21 }))).toMatchObject({ allowed: false, code: "NOT_APPLICABLE" });
  });

  it("applies to a PNS of the province or another regency (region codes differ)", () => {
    expect(isRequirementApplicable("OUTSIDE_ORGANISER", "61", "6172")).toBe(true);
    expect(isRequirementApplicable("OUTSIDE_ORGANISER", "6101", "6172")).toBe(true);
    expect(decideUpload(input({ requirement: item21, applicantRegionCode: "6101" })).allowed).toBe(true);
  });

  it("applies while the CV names no institution yet, and ALWAYS items apply to everyone", () => {
    expect(isRequirementApplicable("OUTSIDE_ORGANISER", null, "6172")).toBe(true);
    expect(isRequirementApplicable("ALWAYS", "6172", "6172")).toBe(true);
  });
});
