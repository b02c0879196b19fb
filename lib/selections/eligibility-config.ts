import "server-only";
// Server side of the eligibility check: what the engine needs to know about one selection, read in one
// query. Uncached and free of Next.js imports so that command-line scripts can use it; public pages read
// it through lib/selections/self-check-queries.ts (cached). The engine itself (lib/eligibility) stays pure.
import type { CalendarDate } from "@/lib/dates/calendar";
import { prisma } from "@/lib/db";
import type { AgeReading, RuleConfig } from "@/lib/eligibility/types";
import type { Regime, SelectionStatus } from "@/lib/generated/prisma/enums";

export type SelectionEligibilityConfig = {
  slug: string;
  title: string;
  regime: Regime;
  status: SelectionStatus;
  /** The decree date once the Pansel sets it, otherwise the planned one. */
  referenceDate: CalendarDate;
  isReferenceDatePlanned: boolean;
  ageReading: AgeReading;
  /** In the selection's order; the engine reports rules in this order. */
  rules: RuleConfig[];
  /** ruleId → the requirement as the announcement words it. */
  ruleTexts: Record<string, string>;
};

const day = (date: Date): CalendarDate => date.toISOString().slice(0, 10);

/** Null for an unknown slug. Drafts are returned too (with their status); public callers filter them. */
export async function getSelectionEligibilityConfig(slug: string): Promise<SelectionEligibilityConfig | null> {
  const row = await prisma.selection.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      regime: true,
      status: true,
      referenceDatePlanned: true,
      referenceDateActual: true,
      ageReading: true,
      rules: { orderBy: { order: "asc" }, select: { ruleId: true, params: true, text: true } },
    },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    title: row.title,
    regime: row.regime,
    status: row.status,
    referenceDate: day(row.referenceDateActual ?? row.referenceDatePlanned),
    isReferenceDatePlanned: row.referenceDateActual === null,
    ageReading: row.ageReading,
    rules: row.rules.map((rule) => ({ ruleId: rule.ruleId, params: rule.params })),
    ruleTexts: Object.fromEntries(row.rules.map((rule) => [rule.ruleId, rule.text])),
  };
}

export type SelfCheckSelection = { slug: string; title: string; registrationOpensAt: string };

/** Every announced (non-draft) selection, newest first (by the opening of registration). Plain JSON: the public list is cached. */
export async function listSelectionsForSelfCheck(): Promise<SelfCheckSelection[]> {
  const rows = await prisma.selection.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: [{ registrationOpensAt: "desc" }, { slug: "asc" }],
    select: { slug: true, title: true, registrationOpensAt: true },
  });
  return rows.map((row) => ({ slug: row.slug, title: row.title, registrationOpensAt: row.registrationOpensAt.toISOString() }));
}
