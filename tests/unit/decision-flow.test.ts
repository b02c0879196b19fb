// The per-vacancy decision flow as a state machine (lib/decisions/steps.ts), and the selection status
// its vacancies call for, which must always be a move the selection's own machine allows.
import { describe, expect, it } from "vitest";
import {
  assertDecisionTransition,
  annulledApplicationIds,
  canAnnulChoice,
  canRecordDecision,
  currentChoiceId,
  currentProposal,
  currentRound,
  roundScoredBefore,
  VACANCY_DECISION_STATE_LABELS,
  selectionStatusFromDecisions,
  vacancyDecisionState,
  vacancyFlow,
  type EscalationOption,
  type VacancyDecisionState,
  type VacancyOutcome,
} from "@/lib/decisions/steps";
import { AppError } from "@/lib/errors";
import { DecisionKind, type SelectionStatus } from "@/lib/generated/prisma/enums";
import { canSelectionTransition } from "@/lib/selections/status";

// The seed's "Alur ASN Karier untuk JPT Pratama": BKN's recommendation, then the three names announced, then the PPK's choice.
const FLOW = ["SHORTLIST_PROPOSED", "PPK_APPROVED_SHORTLIST", "REPORTED_TO_BKN", "BKN_RECOMMENDATION", "SHORTLIST_PUBLISHED", "PPK_CHOICE", "FINAL_PUBLISHED"] as const;

/** The kinds recorded once the flow has reached `state` (every step before it, in order). */
function kindsAt(state: VacancyDecisionState): DecisionKind[] {
  if (state === "AWAITING_PROPOSAL") return [];
  if (state === "ESCALATED") return ["ESCALATED"];
  if (state === "ROUND_REOPENED") return ["ESCALATED", "ROUND_REOPENED"]; // registration reopened after the escalation
  if (state === "CHOICE_ANNULLED") return [...FLOW, "CHOICE_ANNULLED"]; // V.6, after the final result
  return FLOW.slice(0, FLOW.indexOf(state) + 1);
}

const EXPECTED: Record<VacancyDecisionState, readonly DecisionKind[]> = {
  AWAITING_PROPOSAL: ["SHORTLIST_PROPOSED", "ESCALATED"],
  SHORTLIST_PROPOSED: ["PPK_APPROVED_SHORTLIST"],
  PPK_APPROVED_SHORTLIST: ["REPORTED_TO_BKN"],
  REPORTED_TO_BKN: ["BKN_RECOMMENDATION"],
  BKN_RECOMMENDATION: ["SHORTLIST_PUBLISHED"],
  SHORTLIST_PUBLISHED: ["PPK_CHOICE"],
  PPK_CHOICE: ["FINAL_PUBLISHED", "CHOICE_ANNULLED"],
  FINAL_PUBLISHED: ["CHOICE_ANNULLED"],
  CHOICE_ANNULLED: ["PPK_CHOICE"],
  ESCALATED: ["ROUND_REOPENED"],
  ROUND_REOPENED: ["SHORTLIST_PROPOSED", "ESCALATED"],
};
const STATES = Object.keys(EXPECTED) as VacancyDecisionState[];

function refusalOf(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("decision flow transitions", () => {
  const pairs = STATES.flatMap((state) => Object.values(DecisionKind).map((step) => [state, step] as const));

  it.each(pairs.filter(([state, step]) => EXPECTED[state].includes(step)))("from %s allows %s", (state, step) => {
    expect(vacancyDecisionState(kindsAt(state))).toBe(state);
    expect(canRecordDecision(kindsAt(state), step)).toBe(true);
    expect(() => assertDecisionTransition(kindsAt(state), step)).not.toThrow();
  });

  it.each(pairs.filter(([state, step]) => !EXPECTED[state].includes(step)))("from %s refuses %s", (state, step) => {
    expect(canRecordDecision(kindsAt(state), step)).toBe(false);
    const error = refusalOf(() => assertDecisionTransition(kindsAt(state), step));
    // A step recorded already is a conflict (a second click); anything else is out of order.
    expect(error.code).toBe(state !== "ESCALATED" && currentRound(kindsAt(state)).includes(step) ? "CONFLICT" : "INVALID_TRANSITION");
  });

  it("reads the state whatever order the decisions come in", () => {
    expect(vacancyDecisionState(["PPK_APPROVED_SHORTLIST", "SHORTLIST_PROPOSED"])).toBe("PPK_APPROVED_SHORTLIST");
    expect(vacancyDecisionState(["SHORTLIST_PROPOSED", "ESCALATED"])).toBe("ESCALATED");
  });

  it("names the step the vacancy waits for, and refuses everything after an escalation", () => {
    expect(refusalOf(() => assertDecisionTransition(["SHORTLIST_PROPOSED"], "REPORTED_TO_BKN")).message).toBe(
      "Langkah sebelumnya belum selesai. Langkah berikutnya: PPK menyetujui tiga nama.",
    );
    expect(refusalOf(() => assertDecisionTransition(["SHORTLIST_PROPOSED"], "SHORTLIST_PROPOSED")).message).toBe(
      "Langkah ini sudah dicatat: Pansel mengusulkan tiga nama kepada PPK.",
    );
    expect(refusalOf(() => assertDecisionTransition(["ESCALATED"], "SHORTLIST_PROPOSED")).message).toMatch(/sudah dieskalasi/);
    expect(refusalOf(() => assertDecisionTransition(kindsAt("FINAL_PUBLISHED"), "ESCALATED")).message).toBe("Alur keputusan jabatan ini sudah selesai (Hasil akhir diumumkan).");
    expect(refusalOf(() => assertDecisionTransition(kindsAt("SHORTLIST_PUBLISHED"), "CHOICE_ANNULLED")).message).toBe("Pembatalan hanya dapat dicatat setelah PPK memilih satu nama.");
  });

  it("after an annulment (V.6), goes back to the PPK's choice and to a new final result, as often as needed", () => {
    const annulled = kindsAt("CHOICE_ANNULLED");
    expect(vacancyFlow(annulled)).toEqual({ done: FLOW.slice(0, 5), next: "PPK_CHOICE", escalated: false });
    expect(canAnnulChoice(annulled)).toBe(false); // nothing chosen to annul
    const chosenAgain: DecisionKind[] = [...annulled, "PPK_CHOICE"];
    expect(vacancyDecisionState(chosenAgain)).toBe("PPK_CHOICE");
    expect(vacancyFlow(chosenAgain).next).toBe("FINAL_PUBLISHED");
    expect(canAnnulChoice(chosenAgain)).toBe(true); // before the corrected result too
    const second: DecisionKind[] = [...chosenAgain, "FINAL_PUBLISHED", "CHOICE_ANNULLED"];
    expect(vacancyDecisionState(second)).toBe("CHOICE_ANNULLED");
    expect(currentRound(second)).toEqual([...FLOW.slice(0, 5), "CHOICE_ANNULLED"]);
    // The step already taken in this round is a conflict, not "out of order".
    expect(refusalOf(() => assertDecisionTransition([...chosenAgain], "PPK_CHOICE")).code).toBe("CONFLICT");
  });

  it("after a reopening of registration, runs a whole new round while the escalation stays in the history", () => {
    const reopened = kindsAt("ROUND_REOPENED");
    expect(vacancyFlow(reopened)).toEqual({ done: [], next: "SHORTLIST_PROPOSED", escalated: false });
    expect(refusalOf(() => assertDecisionTransition(reopened, "PPK_APPROVED_SHORTLIST")).message).toBe(
      "Langkah sebelumnya belum selesai. Langkah berikutnya: Pansel mengusulkan tiga nama kepada PPK.",
    );
    // Only the chair's reopening starts a round, and only after an escalation.
    expect(refusalOf(() => assertDecisionTransition(["SHORTLIST_PROPOSED"], "ROUND_REOPENED")).message).toBe("Putaran baru hanya dimulai dengan membuka kembali pendaftaran setelah eskalasi.");
    const kinds: DecisionKind[] = [...reopened];
    for (const step of FLOW) {
      for (const later of FLOW.slice(FLOW.indexOf(step) + 1)) expect(canRecordDecision(kinds, later)).toBe(false);
      assertDecisionTransition(kinds, step);
      kinds.push(step);
    }
    expect(vacancyDecisionState(kinds)).toBe("FINAL_PUBLISHED");
    expect(currentRound(kinds)).toEqual([...FLOW]);
    expect(selectionStatusFromDecisions([{ kinds, escalation: "REOPEN" }])).toBe("COMPLETED");
    // A second shortfall escalates the new round again, and a second reopening starts a third.
    const again: DecisionKind[] = [...reopened, "ESCALATED"];
    expect(vacancyDecisionState(again)).toBe("ESCALATED");
    expect(vacancyDecisionState([...again, "ROUND_REOPENED"])).toBe("ROUND_REOPENED");
  });

  it("knows who was scored before the round and finds its proposal", () => {
    const decisions = [
      { kind: "ESCALATED" as const, data: {} },
      { kind: "ROUND_REOPENED" as const, data: { reason: "Dibuka kembali.", scoredApplicationIds: ["a1", "a2"] } },
      { kind: "SHORTLIST_PROPOSED" as const, data: {} },
    ];
    expect(roundScoredBefore(decisions)).toEqual(new Set(["a1", "a2"]));
    expect(roundScoredBefore(decisions.slice(0, 1))).toBeNull();
    expect(roundScoredBefore([{ kind: "ROUND_REOPENED", data: null }])).toEqual(new Set());
    expect(currentProposal(decisions)).toBe(decisions[2]);
    expect(currentProposal(decisions.slice(0, 2))).toBeUndefined();
  });

  it("knows the current choice and every annulled name from the decisions' data", () => {
    const decisions = [
      ...FLOW.slice(0, 5).map((kind) => ({ kind, data: {} })),
      { kind: "PPK_CHOICE" as const, data: { applicationId: "a1" } },
      { kind: "FINAL_PUBLISHED" as const, data: {} },
      { kind: "CHOICE_ANNULLED" as const, data: { applicationId: "a1" } },
    ];
    expect(currentChoiceId(decisions)).toBeNull();
    expect([...annulledApplicationIds(decisions)]).toEqual(["a1"]);
    const again = [...decisions, { kind: "PPK_CHOICE" as const, data: { applicationId: "a2" } }];
    expect(currentChoiceId(again)).toBe("a2");
  });

  it("gives the page the same next step as the machine", () => {
    for (const state of STATES) {
      const flow = vacancyFlow(kindsAt(state));
      expect(flow.escalated).toBe(state === "ESCALATED");
      expect(flow.next).toBe(EXPECTED[state].find((step) => step !== "ESCALATED" && step !== "CHOICE_ANNULLED" && step !== "ROUND_REOPENED") ?? null);
      expect(flow.done).toEqual(state === "ESCALATED" ? [] : currentRound(kindsAt(state)).filter((kind) => kind !== "CHOICE_ANNULLED"));
    }
  });

  it("labels every state in Indonesian", () => {
    expect(Object.keys(VACANCY_DECISION_STATE_LABELS).sort()).toEqual([...STATES].sort());
    expect(new Set(Object.values(VACANCY_DECISION_STATE_LABELS)).size).toBe(STATES.length);
  });
});

describe("the selection status the decisions call for", () => {
  const at = (state: VacancyDecisionState, escalation: EscalationOption | null = null): VacancyOutcome => ({ kinds: kindsAt(state), escalation });

  it("follows one vacancy through the flow: in progress, decided, completed", () => {
    expect(selectionStatusFromDecisions([at("AWAITING_PROPOSAL")])).toBe("IN_PROGRESS");
    expect(selectionStatusFromDecisions([at("BKN_RECOMMENDATION")])).toBe("IN_PROGRESS");
    expect(selectionStatusFromDecisions([at("PPK_CHOICE")])).toBe("DECIDED");
    expect(selectionStatusFromDecisions([at("FINAL_PUBLISHED")])).toBe("COMPLETED");
    // V.6: the annulment reopens the choice; the selection is in progress again until the new result.
    expect(selectionStatusFromDecisions([at("CHOICE_ANNULLED")])).toBe("IN_PROGRESS");
    expect(selectionStatusFromDecisions([{ kinds: [...kindsAt("CHOICE_ANNULLED"), "PPK_CHOICE"], escalation: null }])).toBe("DECIDED");
    expect(selectionStatusFromDecisions([{ kinds: [...kindsAt("CHOICE_ANNULLED"), "PPK_CHOICE", "FINAL_PUBLISHED"], escalation: null }])).toBe("COMPLETED");
  });

  it("cancels the selection when its only vacancy is escalated with CANCEL, escalates it otherwise", () => {
    expect(selectionStatusFromDecisions([at("ESCALATED", "CANCEL")])).toBe("CANCELLED");
    expect(selectionStatusFromDecisions([at("ESCALATED", "REOPEN")])).toBe("ESCALATED");
    expect(selectionStatusFromDecisions([at("ESCALATED", "REPEAT")])).toBe("ESCALATED");
  });

  it("with several vacancies: escalated while another is still running, then decided by the others", () => {
    expect(selectionStatusFromDecisions([at("ESCALATED", "CANCEL"), at("SHORTLIST_PROPOSED")])).toBe("ESCALATED");
    expect(selectionStatusFromDecisions([at("ESCALATED", "REOPEN"), at("PPK_CHOICE")])).toBe("DECIDED");
    expect(selectionStatusFromDecisions([at("ESCALATED", "REOPEN"), at("FINAL_PUBLISHED")])).toBe("COMPLETED");
    expect(selectionStatusFromDecisions([at("ESCALATED", "CANCEL"), at("ESCALATED", "CANCEL")])).toBe("CANCELLED");
    expect(selectionStatusFromDecisions([at("ESCALATED", "CANCEL"), at("ESCALATED", "REPEAT")])).toBe("ESCALATED");
    expect(selectionStatusFromDecisions([at("PPK_CHOICE"), at("REPORTED_TO_BKN")])).toBe("IN_PROGRESS");
  });

  it("only ever asks for a move the selection's machine allows, whatever order two vacancies' steps come in", () => {
    // Every way two vacancies can go (to the final result, or escalated with each option), interleaved in every order.
    // Also a choice annulled after the final result (V.6), chosen again and announced again.
    const annulment: DecisionKind[] = [...FLOW, "CHOICE_ANNULLED", "PPK_CHOICE", "FINAL_PUBLISHED"];
    const endings: DecisionKind[][] = [[...FLOW], ["ESCALATED"], annulment];
    const options: (EscalationOption | null)[] = ["REOPEN", "REPEAT", "CANCEL"];
    let checked = 0;
    for (const first of endings) {
      for (const second of endings) {
        if (first === annulment && second === annulment) continue; // 184,756 orders: the one-sided cases suffice
        for (const firstOption of first[0] === "ESCALATED" ? options : [null]) {
          for (const secondOption of second[0] === "ESCALATED" ? options : [null]) {
            for (const order of interleavings(first.length, second.length)) {
              let status: SelectionStatus = "IN_PROGRESS";
              const done: [DecisionKind[], DecisionKind[]] = [[], []];
              const next = [0, 0];
              for (const vacancy of order) {
                const step = (vacancy === 0 ? first : second)[next[vacancy]!]!;
                next[vacancy]! += 1;
                // The final result is announced for every vacancy at once, only after every PPK choice.
                if (step === "FINAL_PUBLISHED" && selectionStatusFromDecisions(outcomes(done, firstOption, secondOption)) !== "DECIDED") break;
                done[vacancy]!.push(step);
                const target = selectionStatusFromDecisions(outcomes(done, firstOption, secondOption));
                if (target !== status) expect(canSelectionTransition(status, target), `${status} → ${target} after ${order.join("")}`).toBe(true);
                status = target;
                checked += 1;
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

function outcomes(done: [DecisionKind[], DecisionKind[]], firstOption: EscalationOption | null, secondOption: EscalationOption | null): VacancyOutcome[] {
  return [
    { kinds: done[0], escalation: done[0].includes("ESCALATED") ? firstOption : null },
    { kinds: done[1], escalation: done[1].includes("ESCALATED") ? secondOption : null },
  ];
}

/** Every order of a steps of vacancy 0 and b steps of vacancy 1. */
function interleavings(a: number, b: number): number[][] {
  if (a === 0) return [Array(b).fill(1)];
  if (b === 0) return [Array(a).fill(0)];
  return [...interleavings(a - 1, b).map((rest) => [0, ...rest]), ...interleavings(a, b - 1).map((rest) => [1, ...rest])];
}
