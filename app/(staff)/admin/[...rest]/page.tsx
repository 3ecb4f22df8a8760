import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/guard';

/**
 * Any /admin URL no page answers. Without this route Next.js would show the
 * root 404, outside the staff layout and its menu; signed-out visitors are
 * sent to sign in first, as on every staff page, so they learn nothing about
 * which staff pages exist.
 */
export default async function UnknownStaffPage() {
  await requireStaffPage('coordinator');
  notFound();
}
