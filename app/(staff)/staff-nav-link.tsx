'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function StaffNavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className="staff-nav-link">
      {children}
    </Link>
  );
}
