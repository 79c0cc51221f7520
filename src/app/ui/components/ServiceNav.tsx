import { currentPerson, lock } from '../../state/session';
import { currentPath, navigate } from '../../state/router';
import { kindsFor } from '../../state/kinds';

/** The app's main sections and who is using it, once someone is unlocked. */
export function ServiceNav() {
  const person = currentPerson.value;
  if (!person) return null;
  const path = currentPath.value;
  const volunteer = person.role === 'volunteer';
  const links: [string, string, (p: string) => boolean][] = [
    ['/', 'Record', (p) => p === '/' || p.startsWith('/record/')],
    [`/records/${kindsFor(person.role)[0]}`, volunteer ? 'Your hours' : 'Records', (p) => p.startsWith('/records')],
    ...(volunteer ? [] : ([['/figures', 'Figures', (p: string) => p === '/figures']] as [string, string, (p: string) => boolean][])),
    ...(person.role === 'manager' ? ([['/returns', 'Returns', (p: string) => p.startsWith('/returns')]] as [string, string, (p: string) => boolean][]) : []),
    ['/settings', 'Settings', (p) => p === '/settings'],
  ];
  return (
    <nav class="app-service-nav" aria-label="Menu">
      <div class="app-width-container app-service-nav__inner">
        <ul class="app-service-nav__list">
          {links.map(([href, label, active]) => (
            <li key={href}>
              <a class="app-service-nav__link" href={href} aria-current={active(path) ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
        <div class="app-service-nav__person">
          <span data-testid="current-person">{person.displayName}</span>
          <button
            type="button"
            class="app-link-button"
            onClick={() => {
              lock();
              navigate('/who');
            }}
          >
            Switch person
          </button>
        </div>
      </div>
    </nav>
  );
}
