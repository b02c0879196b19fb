import "server-only";
// Cached reads for the public self-check page (see DECISIONS.md, "Public pages: dynamic shell, cached
// data"). Rules and reference dates are part of a selection, so the `selections` tag expires them.
import { CACHE_TAGS, cachePublicData } from "@/lib/cache-tags";
import {
  type SelectionEligibilityConfig,
  getSelectionEligibilityConfig,
  listSelectionsForSelfCheck,
} from "@/lib/selections/eligibility-config";

async function loadPublicConfig(slug: string): Promise<SelectionEligibilityConfig | null> {
  const config = await getSelectionEligibilityConfig(slug);
  // A draft's rules are not announced yet: the public sees nothing of it.
  return config && config.status !== "DRAFT" ? config : null;
}

export const getPublicSelectionEligibilityConfig = cachePublicData(loadPublicConfig, "public-eligibility-config", {
  tags: [CACHE_TAGS.selections],
  revalidate: 300,
});

export const listPublicSelectionsForSelfCheck = cachePublicData(listSelectionsForSelfCheck, "public-self-check-selections", {
  tags: [CACHE_TAGS.selections],
  revalidate: 300,
});
