/** "a", "a dan b", "a, b, dan c" (Indonesian lists use a serial comma). */
export function joinWords(items: readonly string[], conjunction: "dan" | "atau" = "dan"): string {
  if (items.length <= 1) return items[0] ?? "";
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(", ")}, ${conjunction} ${items[items.length - 1]}`;
}

export const pass = (reason: string) => ({ status: "pass", reason }) as const;
export const fail = (reason: string) => ({ status: "fail", reason }) as const;
export const pending = (reason: string) => ({ status: "pending", reason }) as const;
