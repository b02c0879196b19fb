// The shape of a selection as data (a template or seed). Everything that differs between selections is
// here, so a second selection (JPT or CPNS) is new data, not new code.
import type {
  AgeReading,
  DocumentCondition,
  DocumentForm,
  FormFiller,
  InstitutionLevel,
  Regime,
  ShortlistOrder,
  StageKind,
} from "@/lib/generated/prisma/enums";
import type { InitialSelectionStatus } from "@/lib/selections/status";

export type SkdThresholds = { twk: number; tiu: number; tkp: number };

export type InstitutionSeed = { name: string; regionCode: string; level: InstitutionLevel };

export type SelectionSeed = {
  slug: string;
  regime: Regime;
  title: string;
  summary: string;
  /** A selection starts as a draft or published (OPEN); later statuses are reached through the portal. */
  status: InitialSelectionStatus;
  organiser: InstitutionSeed;
  committeeName: string;
  committeeAddress: string;
  announcementNumber: string;
  /** YYYY-MM-DD */
  announcementDate: string;
  announcementPlace: string;
  chairName: string;
  legalBasis: string[];
  /** Instants written in WIB, e.g. "2025-11-06T16:00" (converted to UTC by the seed). */
  registrationOpensAt: string;
  registrationClosesAt: string;
  documentDeadlineAt: string;
  /** YYYY-MM-DD: planned date of the appointing decree (age reference). */
  referenceDatePlanned: string;
  ageReading: AgeReading;
  minApplicantsPerVacancy: number;
  shortlistPerQuota: number;
  shortlistOrder: ShortlistOrder;
  rejectionNeedsSecondCheck: boolean;
  /** Registration also runs on BKN's ASN Karier (applicants give their ASN Karier number); default false. */
  asnKarierRequired?: boolean;
  objectionEnabled: boolean;
  objectionWindowDays: number;
  /** CPNS: the SKD passing thresholds (minimum TWK, TIU, TKP score) the ranking reads; null for JPT. */
  skdThresholds: SkdThresholds | null;
  registrationTerms: string[];
  otherTerms: string[];
  scheduleNote: string | null;
  vacancies: {
    code: string;
    title: string;
    eselon: string | null;
    unit: string | null;
    quota: number;
    educationRequired: string[];
  }[];
  stages: {
    kind: StageKind;
    scheduleNo: number | null;
    name: string;
    /** WIB, "YYYY-MM-DDTHH:mm"; all-day stages use 00:00 to 23:59 */
    startsAt: string;
    endsAt: string;
    isAllDay: boolean;
    responsible: string | null;
    note: string | null;
    isScored: boolean;
    /** percent; null when not weighted */
    weight: number | null;
    minimumScore: number | null;
  }[];
  rules: { ruleId: string; text: string; sourceItem: number | null; params: Record<string, unknown> }[];
  documents: {
    number: number;
    title: string;
    form: DocumentForm;
    requiresStamp: boolean;
    copies: number;
    dueStage: StageKind;
    condition: DocumentCondition;
    acceptedTypes: string[];
    maxSizeBytes: number;
    formCode: string | null;
    ruleIds: string[];
    note: string | null;
  }[];
  forms: { code: string; title: string; filledBy: FormFiller; description: string }[];
};
