"use client";
// When the root layout itself fails (it reads the signed-in user from the database), this replaces the
// whole document, so it brings its own <html> and <body>.
import { ServiceUnavailable } from "@/components/layout/service-unavailable";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body className="flex min-h-screen flex-col">
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <ServiceUnavailable digest={error.digest} />
        </main>
      </body>
    </html>
  );
}
