"use client";
// Any page that fails to render (the database unreachable, an unexpected fault) shows this inside the
// site's layout, with status 500 and no detail of the error.
import { ServiceUnavailable } from "@/components/layout/service-unavailable";

export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return <ServiceUnavailable digest={error.digest} />;
}
