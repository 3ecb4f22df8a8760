'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `notUnder`: a part of the path where another menu item is the current one (the results under an edition). */
export function StaffNavLink({
  href,
  exact = false,
  notUnder,
  children,
}: {
  href: string;
  exact?: boolean;
  notUnder?: string;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const current =
    (exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)) && !(notUnder && pathname.includes(notUnder));
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className="staff-nav-link">
      {children}
    </Link>
  );
}
