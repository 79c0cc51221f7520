/** GOV.UK back link to the page above this one (a real link: it works without history). */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} class="app-back-link">
      {children}
    </a>
  );
}
