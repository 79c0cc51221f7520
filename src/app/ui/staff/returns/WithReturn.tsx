import type { ComponentChildren } from 'preact';
import type { ReturnDetail } from '../../../../core/hub-api';
import { getReturn } from '../../../hub-api';
import { BackLink } from '../../components/BackLink';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { useHubData } from '../useHubData';
import { returnHref } from './words';

/** A page about one return (query, accept, reopen…): loads it, links back to it, names it. */
export function WithReturn({
  subContractId,
  quarter,
  children,
}: {
  subContractId: string;
  quarter: string;
  children: (detail: ReturnDetail) => ComponentChildren;
}) {
  return (
    <StaffOnly>
      <Inner subContractId={subContractId} quarter={quarter}>
        {children}
      </Inner>
    </StaffOnly>
  );
}

function Inner({ subContractId, quarter, children }: Parameters<typeof WithReturn>[0]) {
  const { result, reload } = useHubData((client) => getReturn(client, { subContractId, quarter }), `${subContractId}/${quarter}`);
  return (
    <>
      <BackLink href={returnHref(subContractId, quarter)}>Back to the return</BackLink>
      <Loaded data={result} retry={reload} what="the return">
        {(detail) => (
          <>
            <span class="app-caption">
              {detail.memberName} — {detail.quarterLabel}
            </span>
            {children(detail)}
          </>
        )}
      </Loaded>
    </>
  );
}
