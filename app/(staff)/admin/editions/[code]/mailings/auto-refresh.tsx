'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** While a mailing runs, the page re-reads its progress every few seconds (a server refresh keeps the reader's place). */
export function AutoRefresh({ active, everyMs = 2000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
