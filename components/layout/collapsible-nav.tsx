"use client";
// The main navigation: a row of links on wide screens; on a phone, one "Menu" button that opens and
// closes the list (aria-expanded, aria-controls), so the header stays one row instead of three.
// A native button: Enter and Space work; Escape closes the menu and gives focus back to the button.
import { usePathname } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";

export function CollapsibleNav({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // Open on the page it was opened on: following a link closes the menu.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const setOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  return (
    <nav
      aria-label="Navigasi utama"
      className="w-full md:w-auto"
      onKeyDown={(event) => {
        if (event.key === "Escape" && isOpen) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="absolute right-4 top-3 inline-flex items-center gap-2 rounded-md border border-white/60 px-3 py-1.5 text-sm font-semibold text-white hover:bg-white/10 md:hidden"
        aria-expanded={isOpen}
        aria-controls={listId}
        onClick={() => setOpen(!isOpen)}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor">
          {isOpen ? <path d="M3.5 2.1 8 6.6l4.5-4.5 1.4 1.4L9.4 8l4.5 4.5-1.4 1.4L8 9.4l-4.5 4.5-1.4-1.4L6.6 8 2.1 3.5z" /> : <path d="M1 3h14v2H1zm0 4h14v2H1zm0 4h14v2H1z" />}
        </svg>
        Menu
      </button>
      <ul
        id={listId}
        className={`${isOpen ? "flex" : "hidden"} mt-3 flex-col gap-3 border-t border-white/20 pt-3 text-sm md:mt-0 md:flex md:flex-row md:flex-wrap md:items-center md:gap-x-4 md:gap-y-2 md:border-0 md:pt-0`}
      >
        {children}
      </ul>
    </nav>
  );
}
