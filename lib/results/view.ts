// The applicant's result as the page shows it: dates already formatted in WIB. Pure.
import { formatCalendarDate } from "@/lib/dates/calendar";
import { formatWib } from "@/lib/dates/wib";
import { objectionState } from "./objection-window";
import type { OwnAdministrativeResult } from "./queries";
import type { ResultCode } from "./snapshot";

export type AdministrativeResultView = {
  applicationId: string;
  result: ResultCode;
  resultLabel: string;
  reasons: string[];
  announcement: { slug: string; number: string | null; isCorrection: boolean };
  original: { slug: string; number: string | null; publishedText: string };
  objection: { reason: string; submittedText: string; outcome: "ACCEPTED" | "REJECTED" | null; answer: string | null; answeredText: string | null } | null;
  /** Set when the applicant may still object: the deadline as text. */
  objectionDeadlineText: string | null;
  /** Shown when objections were possible but the period is over. */
  objectionClosedText: string | null;
};

export function toAdministrativeResultView(own: OwnAdministrativeResult, applicationId: string, now: Date): AdministrativeResultView {
  const periods = own.objectionPeriods;
  const deadlineText = periods ? `${formatCalendarDate(periods.lastDay, { weekday: true })} pukul 23.59 WIB` : null;
  const isClosed = periods !== null && objectionState(periods, now) === "CLOSED";
  return {
    applicationId,
    result: own.result,
    resultLabel: own.resultLabel,
    reasons: own.reasons,
    announcement: own.announcement,
    original: { slug: own.original.slug, number: own.original.number, publishedText: formatWib(own.original.publishedAt) },
    objection: own.objection
      ? {
          reason: own.objection.reason,
          submittedText: formatWib(own.objection.submittedAt),
          outcome: own.objection.outcome,
          answer: own.objection.answer,
          answeredText: own.objection.answeredAt ? `dijawab ${formatWib(own.objection.answeredAt)}` : null,
        }
      : null,
    objectionDeadlineText: own.canObject ? deadlineText : null,
    objectionClosedText: own.result === "TMS" && !own.objection && isClosed ? `Masa sanggah telah berakhir pada ${deadlineText}.` : null,
  };
}
