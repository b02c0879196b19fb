// Lifetimes of the e-mailed account links (pure: pages show them, lib/accounts/mutations.ts enforces them).
export const RESET_TOKEN_MINUTES = 30;
export const VERIFY_TOKEN_HOURS = 48;
export const CHANGE_EMAIL_TOKEN_HOURS = 24;
