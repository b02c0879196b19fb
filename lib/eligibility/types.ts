import type { CalendarDate } from "@/lib/dates/calendar";
import type { EligibilityCandidate } from "@/lib/validation/eligibility-input";

export type { EligibilityCandidate };

export type RuleStatus = "pass" | "fail" | "pending";

export type EligibilityVerdict = "ELIGIBLE" | "NOT_ELIGIBLE" | "PENDING_VERIFICATION";

/**
 * STRICT: "usia paling tinggi N tahun" holds up to and including the N-th
 * birthday. COMPLETED_YEARS: it holds while the completed years are ≤ N, i.e.
 * until the day before the (N+1)-th birthday.
 */
export type AgeReading = "STRICT" | "COMPLETED_YEARS";

/** One rule as a selection stores it; `params` is validated by the rule's schema. */
export type RuleConfig = { ruleId: string; params: unknown };

/** A decision taken outside the data: a verified document, a Pansel decision, a declaration. */
export type ExternalDecision = { status: "pass" | "fail"; reason?: string };

export type RuleEvaluation = { status: RuleStatus; reason: string };

export type RuleResult = { id: string } & RuleEvaluation;

export type RuleContext = {
  candidate: EligibilityCandidate;
  referenceDate: CalendarDate;
  ageReading: AgeReading;
};

export type EligibilityRequest = {
  rules: readonly RuleConfig[];
  candidate: EligibilityCandidate;
  referenceDate: CalendarDate;
  /** Defaults to STRICT, the reading DOMAIN.md adopts. */
  ageReading?: AgeReading;
  decisions?: Readonly<Record<string, ExternalDecision | undefined>>;
};

export type AgeSummary = {
  years: number;
  months: number;
  days: number;
  /** The age limit that applies to this candidate; null when no age rule is configured. */
  limit: number | null;
};

export type EligibilityResult = {
  verdict: EligibilityVerdict;
  referenceDate: CalendarDate;
  age: AgeSummary | null;
  rules: RuleResult[];
};
