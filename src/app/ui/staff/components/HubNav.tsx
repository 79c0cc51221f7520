import { useState } from 'preact/hooks';
import type { StaffSession } from '../../../../core/hub-api';
import { signOutStaff } from '../../../state/hubSession';
import { currentPath, navigate } from '../../../state/router';

const SECTIONS: { href: string; label: string; active: (path: string) => boolean }[] = [
  { href: '/hub/returns', label: 'Returns', active: (p) => ['/hub/returns', '/hub/prime-contracts', '/hub/performance'].some((section) => p.startsWith(section)) },
  { href: '/hub/extensions', label: 'Extensions', active: (p) => p.startsWith('/hub/extensions') },
  { href: '/hub/members', label: 'Members and devices', active: (p) => p.startsWith('/hub/members') },
  { href: '/hub/team', label: 'Team', active: (p) => p.startsWith('/hub/team') },
];

/** The hub staff sections, who is signed in, and "Sign out". */
export function HubNav({ session }: { session: StaffSession }) {
  const path = currentPath.value;
  const [problem, setProblem] = useState<string | null>(null);
  const signOut = async () => {
    try {
      await signOutStaff();
      navigate('/hub/sign-in');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'You could not be signed out. Try again.');
    }
  };
  return (
    <div class="app-hub-bar">
      <nav class="app-hub-nav" aria-label="Hub staff">
        <ul class="app-hub-nav__list">
          {SECTIONS.map((s) => (
            <li key={s.href}>
              <a class="app-hub-nav__link" href={s.href} aria-current={s.active(path) ? 'page' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="app-hub-bar__who">
        <span data-testid="signed-in-as">
          Signed in as <strong>{session.user.displayName}</strong> ({session.user.email})
        </span>
        <button type="button" class="app-link-button" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
      {problem && (
        <p class="app-error-message" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
