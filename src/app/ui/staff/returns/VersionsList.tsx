import type { ReturnDetail, VersionDifference } from '../../../../core/hub-api';
import { describeDuration } from '../../../../core/time';
import { count, moment, share } from '../format';
import { valueWords } from './words';


function Differences({ differences }: { differences: VersionDifference[] }) {
  if (differences.length === 0) return <p class="app-hub-small">Nothing changed from the version before.</p>;
  return (
    <ul class="app-list app-list--bullet" data-testid="version-differences">
      {differences.map((d) => (
        <li key={d.path}>
          {d.label}: {valueWords(d.from)} → {valueWords(d.to)}
        </li>
      ))}
    </ul>
  );
}

/** Every version the hub received, newest first, with what changed each time. */
export function VersionsList({ detail }: { detail: ReturnDetail }) {
  const versions = [...detail.versions].sort((a, b) => b.version - a.version);
  return (
    <section aria-labelledby="versions-heading">
      <h2 class="app-heading-m" id="versions-heading">
        Version history
      </h2>
      {versions.length === 0 ? (
        <p>The hub has not received a version of this return yet.</p>
      ) : (
        <ol class="app-hub-findings" reversed data-testid="versions">
          {versions.map((v) => (
            <li key={v.id} class="app-hub-finding" data-testid="version">
              <h3 class="app-hub-finding__title">
                Version {v.version}
                {v.version === detail.currentVersion ? ' (current)' : ''}
              </h3>
              <dl class="app-hub-facts">
                <dt>Received</dt>
                <dd>{moment(v.receivedAt)}</dd>
                <dt>Signed off by</dt>
                <dd>
                  {v.sealedBy}, {moment(v.sealedAtCorrected)}
                  {v.skewMs !== null && Math.abs(v.skewMs) >= 60_000 && (
                    <span class="app-hub-small app-hub-block">
                      The device clock was {describeDuration(v.skewMs)} {v.skewMs > 0 ? 'fast' : 'slow'}; its time said{' '}
                      {moment(v.sealedAtDevice)}
                    </span>
                  )}
                </dd>
                <dt>Complete</dt>
                <dd>{share(v.completeness)}</dd>
                <dt>Findings</dt>
                <dd>
                  {count(v.errors, 'error')}, {count(v.warnings, 'warning')}
                </dd>
              </dl>
              {v.version > 1 && <Differences differences={v.differences} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
