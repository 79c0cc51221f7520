import { getReturn } from '../../../hub-api';
import type { RouteProps } from '../../routes';
import { BackLink } from '../../components/BackLink';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { useHubData } from '../useHubData';
import { AuditTrail } from './AuditTrail';
import { ExtensionsOnReturn } from './ExtensionsOnReturn';
import { FiguresTable } from './FiguresTable';
import { FindingsList } from './FindingsList';
import { NarrativeAndSpend } from './NarrativeAndSpend';
import { QueriesList } from './QueriesList';
import { ReturnActions } from './ReturnActions';
import { ReturnSummary } from './ReturnSummary';
import { VersionsList } from './VersionsList';

/** One return: figures against profile, findings, queries, versions and the audit trail. */
export function ReturnPage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <ReturnDetailView subContractId={params.subContractId ?? ''} quarter={params.quarter ?? ''} />
    </StaffOnly>
  );
}

function ReturnDetailView({ subContractId, quarter }: { subContractId: string; quarter: string }) {
  const { result, reload } = useHubData((client) => getReturn(client, { subContractId, quarter }), `${subContractId}/${quarter}`);
  const backTo = result.state === 'ready' ? `/hub/prime-contracts/${encodeURIComponent(result.data.primeContractId)}` : '/hub/returns';
  return (
    <>
      <BackLink href={backTo}>Back to the returns grid</BackLink>
      <Loaded data={result} retry={reload} what="the return">
        {(detail) => {
          const open = detail.state !== null && detail.state !== 'locked' && detail.state !== 'accepted';
          return (
            <>
              <span class="app-caption">
                {detail.memberName} — {detail.subContractName}
              </span>
              <h1 class="app-heading-l">Return for {detail.quarterLabel}</h1>
              <ReturnSummary detail={detail} />
              <ReturnActions detail={detail} />
              {detail.state !== null && (
                <>
                  <h2 class="app-heading-m">Figures</h2>
                  <FiguresTable detail={detail} canQuery={open} />
                  <NarrativeAndSpend detail={detail} />
                  <FindingsList detail={detail} canQuery={open} />
                </>
              )}
              <QueriesList detail={detail} canClose={open} />
              <ExtensionsOnReturn detail={detail} />
              <VersionsList detail={detail} />
              <AuditTrail detail={detail} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}
