import type { StartReport } from './services/first-start';

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** When a code expires, as people in the consortium read times: "Mon, 23 Nov 2026, 09:30 London time". */
export function describeExpiry(iso: string): string {
  return `${londonTime.format(new Date(iso))} London time`;
}

/**
 * What `npm start` prints about signing in and enrolling: the staff sign-in when this start
 * made it (it is shown only then), and a line per fresh enrolment code.
 */
export function startBanner(report: StartReport, url: string): string[] {
  const lines: string[] = [];
  if (report.demoLoaded) lines.push(`  Loaded the demo consortium "${report.demoLoaded}" (start with DEMO=0 for an empty hub).`);
  if (report.staffSignIn) {
    lines.push(
      '',
      '  Hub staff sign-in — shown only now, on this start; keep it somewhere safe:',
      `    Email:    ${report.staffSignIn.email}`,
      `    Password: ${report.staffSignIn.password}`,
    );
  } else if (report.staffEmail) {
    lines.push(
      '',
      `  Hub staff sign in as ${report.staffEmail}; the password was printed on the first start only.`,
      '  Lost it? Start once with RESET_STAFF_PASSWORD=1 to print a new one.',
    );
  }
  if (report.enrolmentCodes.length > 0) lines.push('');
  for (const code of report.enrolmentCodes) {
    lines.push(
      `  Enrol a tablet: open ${url} on it and enter code ${code.code} for ${code.memberName} (expires ${describeExpiry(code.expiresAt)})`,
    );
  }
  if (report.enrolmentCodes.length > 0) lines.push('  Each code enrols one device; new codes are printed at every start.');
  return lines;
}
