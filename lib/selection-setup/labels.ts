// What the interface calls each regime. Pure.
import type { Regime } from "@/lib/generated/prisma/enums";

export const REGIME_LABELS: Record<Regime, string> = {
  JPT_PRATAMA: "JPT Pratama",
  CPNS: "CPNS",
};
