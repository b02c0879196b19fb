// Pure: where a selection's registration stands at an instant. The server decides with its own clock.
export type RegistrationState = "UPCOMING" | "OPEN" | "CLOSED";

export function registrationState(opensAt: Date, closesAt: Date, now: Date): RegistrationState {
  if (now.getTime() < opensAt.getTime()) return "UPCOMING";
  // The deadline instant itself is already too late (16:00:00 WIB closes the door).
  if (now.getTime() >= closesAt.getTime()) return "CLOSED";
  return "OPEN";
}

/**
 * The selection meant when none is named (the self-check, the CV's eligibility preview): the newest one
 * whose registration has opened by `now`; only when none has, the newest announced. `selections` come newest
 * first. A selection announced for a later opening does not push aside the one running now.
 */
export function defaultSelection<T extends { registrationOpensAt: string | Date }>(selections: readonly T[], now: Date): T | undefined {
  return selections.find((selection) => new Date(selection.registrationOpensAt).getTime() <= now.getTime()) ?? selections[0];
}

// The registration window after an extension (announcement V.5: "Apabila jumlah pelamar tidak memenuhi
// jumlah minimal yang ditentukan, maka Panitia Seleksi dapat melakukan perpanjangan waktu pengumuman").
// The registration stage is the one source of the window: rescheduling it moves what the server
// enforces (the selection's registration columns and the document deadline) in the same transaction.
// Pure, so the dashboard, the schedule screen and the mutation read one rule.

/** Practice recorded in DOMAIN.md: at most two extensions of seven days past the announced closing. */
export const MAX_EXTENSION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RegistrationWindow = { opensAt: Date; closesAt: Date; documentDeadlineAt: Date };

type ScheduleChangeFacts = { previousEndsAt: Date; newEndsAt?: Date; changedAt: Date; kind?: "RESCHEDULE" | "REOPENING" };

/**
 * The closing first announced: the earliest change's previous end, or the current end when never changed.
 * After a reopening, the reopened closing is the announced one: later extensions count from it.
 */
export function originalClosing(currentEnd: Date, changes: readonly ScheduleChangeFacts[]): Date {
  const ordered = [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const reopening = ordered.filter((change) => change.kind === "REOPENING").at(-1);
  if (reopening?.newEndsAt) return reopening.newEndsAt;
  const first = ordered[0];
  return first ? first.previousEndsAt : currentEnd;
}

/**
 * Reopening registration after an escalation (fewer qualified than names needed): V.5 of the announcement lets
 * the Pansel extend, with no limit of its own; the 2 × 7 days of DOMAIN.md count from the first closing, which
 * is weeks behind by the time scoring shows the shortfall. A reopening therefore runs from the moment it is
 * announced for at most the same 14 days, and must end after that moment.
 */
export const MAX_REOPENING_DAYS = MAX_EXTENSION_DAYS;

export function latestReopenedClosing(reopenedAt: Date): Date {
  return new Date(reopenedAt.getTime() + MAX_REOPENING_DAYS * DAY_MS);
}

/** The latest closing an extension may set. */
export function latestExtendedClosing(original: Date): Date {
  return new Date(original.getTime() + MAX_EXTENSION_DAYS * DAY_MS);
}

/**
 * The window the server enforces once the registration stage runs from `startsAt` to `endsAt`: the
 * document deadline moves with the end (it is the end in the seed: "22 Oktober s.d. 06 November 2025").
 */
export function movedWindow(current: RegistrationWindow, startsAt: Date, endsAt: Date): RegistrationWindow {
  const shift = endsAt.getTime() - current.closesAt.getTime();
  return { opensAt: startsAt, closesAt: endsAt, documentDeadlineAt: new Date(current.documentDeadlineAt.getTime() + shift) };
}

/** Vacancies with fewer sent-in applications than the selection's minimum (shown once registration has closed). */
export function vacanciesShortOfApplicants<T extends { submitted: number }>(vacancies: readonly T[], minimum: number | null): T[] {
  if (!minimum || minimum <= 0) return [];
  return vacancies.filter((vacancy) => vacancy.submitted < minimum);
}
