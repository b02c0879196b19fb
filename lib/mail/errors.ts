// How a failed delivery is described to the administrator and in the logs: the SMTP code and reply,
// never an address or an identity number (an SMTP reply often quotes the recipient), at most 200 chars.
import { maskPersonalText } from "@/lib/log";

export function mailErrorSummary(error: unknown): string {
  if (!(error instanceof Error)) return maskPersonalText(String(error)).slice(0, 200);
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  const prefix = [typeof code === "string" ? code : error.name, typeof responseCode === "number" ? String(responseCode) : null].filter(Boolean).join(" ");
  return `${prefix}: ${maskPersonalText(error.message)}`.replace(/\s+/g, " ").slice(0, 200);
}

/** The recipient as the administrator's list shows it: "bu•••@example.go.id". */
export function maskRecipient(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${address.slice(0, Math.min(2, at - 1))}•••${address.slice(at)}`;
}
