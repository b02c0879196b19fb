// Cache tags of public data; a mutation that changes such data expires its tag.
export const CACHE_TAGS = {
  selections: "selections",
  announcements: "announcements",
  institutions: "institutions",
} as const;
