'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

export function SignOutButton({ label, busyLabel }: { label: string; busyLabel: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        // next-auth clears the session cookie; we pick the landing page ourselves (relative, host-independent).
        await signOut({ redirect: false });
        window.location.assign('/login?uitgelogd=1');
      }}
    >
      {busy ? busyLabel : label}
    </button>
  );
}
