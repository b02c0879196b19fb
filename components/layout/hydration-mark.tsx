"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`). Before that moment a form's
 * submit button would send a native GET of the page instead of running its handler; the browser specs
 * wait for this mark after each full page load (tests/e2e/fixtures.ts, `readyAfterLoad`).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
