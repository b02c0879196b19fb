// The selection funnel: registered → submitted → MS → each scored stage → shortlist. Pure.
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type FunnelStep = { key: string; label: string; count: number; percent: number };

const PASSED_ADMIN: readonly ApplicationStatus[] = ["ADMIN_PASSED", "IN_STAGES", "SHORTLISTED", "NOT_SHORTLISTED", "SELECTED", "NOT_SELECTED", "ANNULLED"];
const SHORTLISTED: readonly ApplicationStatus[] = ["SHORTLISTED", "SELECTED", "NOT_SELECTED", "ANNULLED"];

export function sumStatuses(counts: Partial<Record<ApplicationStatus, number>>, statuses: readonly ApplicationStatus[]): number {
  return statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
}

export function buildFunnel(input: {
  registered: number;
  submitted: number;
  statusCounts: Partial<Record<ApplicationStatus, number>>;
  /** Scored stages in schedule order, with the number of applications assessed in each. */
  stages: ReadonlyArray<{ id: string; name: string; assessed: number }>;
}): FunnelStep[] {
  const steps: Array<Omit<FunnelStep, "percent">> = [
    { key: "registered", label: "Mendaftar", count: input.registered },
    { key: "submitted", label: "Mengirim lamaran", count: input.submitted },
    { key: "ms", label: "Memenuhi syarat administrasi", count: sumStatuses(input.statusCounts, PASSED_ADMIN) },
    ...input.stages.map((stage) => ({ key: `stage-${stage.id}`, label: `Dinilai: ${stage.name}`, count: stage.assessed })),
    { key: "shortlist", label: "Tiga besar / daftar pendek", count: sumStatuses(input.statusCounts, SHORTLISTED) },
  ];
  const base = input.registered || 1;
  return steps.map((step) => ({ ...step, percent: Math.round((step.count / base) * 1000) / 10 }));
}
