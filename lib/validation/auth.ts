// Schemas shared by the sign-in and sign-up forms and their server actions.
import { z } from "zod";
import { singleLineText } from "@/lib/validation/text";
import { parseNik } from "@/lib/identifiers/nik";
import { parseNip } from "@/lib/identifiers/nip";

/** E-mail addresses are case-insensitive; a NIP may be typed with spaces. */
export function normalizeIdentifier(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.includes("@") ? trimmed.toLowerCase() : trimmed.replace(/\s+/g, "");
}

/** The longest identifier accepted: an e-mail address (RFC 5321: 254); a NIP is 18 digits. */
export const IDENTIFIER_MAX_LENGTH = 254;

export const signInSchema = z.object({
  identifier: singleLineText()
    .trim()
    .min(1, "Isi e-mail atau NIP Anda")
    .max(IDENTIFIER_MAX_LENGTH, "E-mail atau NIP terlalu panjang")
    .refine((value) => value.includes("@") || /^\d{18}$/.test(value.replace(/\s+/g, "")), "Isi e-mail atau NIP (18 digit)"),
  // Bounded so that nobody makes the server hash megabytes (sign-up allows 128).
  password: singleLineText().min(1, "Isi kata sandi Anda").max(256, "Kata sandi terlalu panjang"),
  callbackUrl: singleLineText().optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

const nipField = singleLineText().transform((value, ctx) => {
  const parsed = parseNip(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  return parsed.value.nip;
});

const nikField = singleLineText().transform((value, ctx) => {
  const parsed = parseNik(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  return parsed.value.nik;
});

/** Indonesian mobile numbers; spaces and dashes are formatting only. */
export const phoneField = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^(\+62|62|0)8\d{7,12}$/, "Nomor HP tidak valid (contoh: 081234567890)"));

export const passwordField = singleLineText({ label: "Kata sandi" })
  .min(10, "Kata sandi minimal 10 karakter")
  .max(128, "Kata sandi maksimal 128 karakter")
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), "Kata sandi harus memuat huruf dan angka");

/**
 * "Status kepegawaian", asked first: a PNS signs up with NIP and NIK (JPT selections), anyone else, a CPNS
 * applicant, with the NIK alone. The profile of a non-PNS account carries no NIP.
 */
export const SIGN_UP_EMPLOYMENTS = ["PNS", "NON_PNS"] as const;
export type SignUpEmployment = (typeof SIGN_UP_EMPLOYMENTS)[number];
export const SIGN_UP_EMPLOYMENT_LABELS: Readonly<Record<SignUpEmployment, string>> = {
  PNS: "PNS (mendaftar seleksi JPT)",
  NON_PNS: "Bukan PNS (pelamar CPNS)",
};

const signUpCommon = {
  fullName: singleLineText({ label: "Nama lengkap" }).trim().min(3, "Nama lengkap minimal 3 karakter").max(150, "Nama terlalu panjang"),
  nik: nikField,
  email: singleLineText().trim().toLowerCase().pipe(z.email("Format e-mail tidak valid")),
  phone: phoneField,
  password: passwordField,
  passwordConfirm: singleLineText(),
};

// A NIP typed before switching to "Bukan PNS" is dropped by the second branch (objects strip unknown keys).
export const signUpSchema = z
  .discriminatedUnion(
    "employment",
    [z.object({ employment: z.literal("PNS"), nip: nipField, ...signUpCommon }), z.object({ employment: z.literal("NON_PNS"), ...signUpCommon })],
    { error: "Pilih status kepegawaian Anda" },
  )
  .refine((data) => data.password === data.passwordConfirm, {
    message: "Konfirmasi kata sandi tidak sama",
    path: ["passwordConfirm"],
  });
export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpData = z.output<typeof signUpSchema>;
