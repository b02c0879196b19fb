import { isCalendarDate } from "@/lib/dates/calendar";
import { type RuleId, isRuleId } from "@/lib/eligibility/catalog";
import { RULE_EVALUATORS, RULE_PARAM_SCHEMAS, type RuleParams } from "@/lib/eligibility/registry";
import { ageOn, reliesOnExtendedAgeLimit, resolveAgeLimit } from "@/lib/eligibility/rules/age";
import { pending } from "@/lib/eligibility/text";
import type {
  AgeReading,
  AgeSummary,
  EligibilityCandidate,
  EligibilityRequest,
  EligibilityResult,
  EligibilityVerdict,
  ExternalDecision,
  RuleConfig,
  RuleContext,
  RuleEvaluation,
  RuleResult,
} from "@/lib/eligibility/types";

/**
 * A broken rule configuration is a programmer or administrator error, not a
 * property of the candidate, so it throws instead of producing a verdict.
 */
export class EligibilityConfigError extends Error {
  readonly ruleId: string | null;

  constructor(message: string, ruleId: string | null = null) {
    super(message);
    this.name = "EligibilityConfigError";
    this.ruleId = ruleId;
  }
}

const AGE_READINGS: readonly AgeReading[] = ["STRICT", "COMPLETED_YEARS"];

export function parseRuleParams<K extends RuleId>(ruleId: K, params: unknown): RuleParams<K> {
  const result = RULE_PARAM_SCHEMAS[ruleId].safeParse(params ?? {});
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
      .join("; ");
    throw new EligibilityConfigError(`Parameter aturan "${ruleId}" tidak valid: ${details}`, ruleId);
  }
  return result.data as RuleParams<K>;
}

/**
 * Checks a selection's rule list before it is stored: known ids parse, no id
 * twice. Unknown ids are returned (the engine tolerates them as `pending`).
 */
export function validateRuleConfig(rules: readonly RuleConfig[]): { unknownRuleIds: string[] } {
  const seen = new Set<string>();
  const unknownRuleIds: string[] = [];
  for (const rule of rules) {
    if (seen.has(rule.ruleId)) {
      throw new EligibilityConfigError(`Aturan "${rule.ruleId}" dikonfigurasi lebih dari sekali`, rule.ruleId);
    }
    seen.add(rule.ruleId);
    if (isRuleId(rule.ruleId)) parseRuleParams(rule.ruleId, rule.params);
    else unknownRuleIds.push(rule.ruleId);
  }
  return { unknownRuleIds };
}

function runRule<K extends RuleId>(ruleId: K, params: RuleParams<K>, context: RuleContext): RuleEvaluation {
  const evaluate: (params: RuleParams<K>, context: RuleContext) => RuleEvaluation = RULE_EVALUATORS[ruleId];
  return evaluate(params, context);
}

/** An outside decision settles only what the data could not: it never overturns a computed pass or fail. */
function applyDecision(evaluation: RuleEvaluation, decision: ExternalDecision | undefined): RuleEvaluation {
  if (evaluation.status !== "pending" || !decision) return evaluation;
  const fallback =
    decision.status === "pass"
      ? "Memenuhi syarat berdasarkan hasil verifikasi"
      : "Tidak memenuhi syarat berdasarkan hasil verifikasi";
  return { status: decision.status, reason: decision.reason?.trim() || fallback };
}

export function deriveVerdict(results: readonly Pick<RuleResult, "status">[]): EligibilityVerdict {
  if (results.some((result) => result.status === "fail")) return "NOT_ELIGIBLE";
  if (results.some((result) => result.status === "pending")) return "PENDING_VERIFICATION";
  return "ELIGIBLE";
}

function summariseAge(
  candidate: EligibilityCandidate,
  context: RuleContext,
  parsed: ReadonlyMap<RuleId, unknown>,
): AgeSummary | null {
  const age = candidate.birthDate ? ageOn(candidate.birthDate, context.referenceDate) : null;
  if (!age) return null;
  const ageMax = parsed.get("age_max") as RuleParams<"age_max"> | undefined;
  const ageRange = parsed.get("age_range") as RuleParams<"age_range"> | undefined;
  const limit = ageMax
    ? resolveAgeLimit(ageMax, candidate, context.referenceDate)
    : ageRange
      ? ageRange.max
      : null;
  return { ...age, limit };
}

/**
 * Evaluates every configured rule once, in the configured order. Verdict:
 * NOT_ELIGIBLE if any rule fails, else PENDING_VERIFICATION if any is
 * pending, else ELIGIBLE.
 */
export function evaluateEligibility(request: EligibilityRequest): EligibilityResult {
  const { rules, candidate, referenceDate, ageReading = "STRICT", decisions = {} } = request;
  if (!isCalendarDate(referenceDate)) {
    throw new EligibilityConfigError(`Tanggal acuan tidak valid: "${referenceDate}" (format TTTT-BB-HH)`);
  }
  if (!AGE_READINGS.includes(ageReading)) {
    throw new EligibilityConfigError(`Cara membaca batas usia tidak dikenal: "${String(ageReading)}"`);
  }
  for (const [ruleId, decision] of Object.entries(decisions)) {
    if (decision && decision.status !== "pass" && decision.status !== "fail") {
      throw new EligibilityConfigError(`Keputusan untuk aturan "${ruleId}" harus pass atau fail`, ruleId);
    }
  }
  validateRuleConfig(rules);

  const context: RuleContext = { candidate, referenceDate, ageReading };
  const parsed = new Map<RuleId, unknown>();
  const results: RuleResult[] = rules.map((rule) => {
    let evaluation: RuleEvaluation;
    if (isRuleId(rule.ruleId)) {
      const params = parseRuleParams(rule.ruleId, rule.params);
      parsed.set(rule.ruleId, params);
      evaluation = runRule(rule.ruleId, params, context);
    } else {
      // A rule added by a newer version or a typo in stored data: never pass it silently.
      evaluation = pending(`Aturan tidak dikenal ("${rule.ruleId}"); perlu diperiksa Panitia Seleksi`);
    }
    return { id: rule.ruleId, ...applyDecision(evaluation, decisions[rule.ruleId]) };
  });

  return {
    verdict: deriveVerdict(results),
    referenceDate,
    age: summariseAge(candidate, context, parsed),
    rules: results,
  };
}

/**
 * Whether the candidate relies on the age rule's extended limit (the 58-year path): documents with
 * the EXTENDED_AGE_LIMIT condition (the signed no-MPP statement) are then required. False when the
 * selection has no age_max rule with an extension.
 */
export function reliesOnExtendedAge(request: Omit<EligibilityRequest, "decisions">): boolean {
  const config = request.rules.find((rule) => rule.ruleId === "age_max");
  if (!config || !isCalendarDate(request.referenceDate)) return false;
  const params = parseRuleParams("age_max", config.params);
  return reliesOnExtendedAgeLimit(params, {
    candidate: request.candidate,
    referenceDate: request.referenceDate,
    ageReading: request.ageReading ?? "STRICT",
  });
}
