import {
  AcceptReturnRequest,
  CloseQueryRequest,
  DeclineExtensionRequest,
  ExtensionList,
  ExtensionListQuery,
  ExtensionView,
  GrantExtensionRequest,
  PrimeContractList,
  RaiseQueryRequest,
  ReopenReturnRequest,
  ReturnDetail,
  ReturnsGrid,
  ReturnsGridQuery,
} from '../../core/hub-api';
import type { HubClient } from './client';
import { checked } from './problem';

/** Where one return lives: its sub-contract and quarter (it has an address before it arrives). */
export type ReturnAddress = { subContractId: string; quarter: string };

const returnPath = ({ subContractId, quarter }: ReturnAddress) =>
  `/api/returns/${encodeURIComponent(subContractId)}/${encodeURIComponent(quarter)}`;

function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** GET /api/prime-contracts */
export async function listPrimeContracts(client: HubClient): Promise<PrimeContractList> {
  return client.get('/api/prime-contracts', PrimeContractList);
}

/** GET /api/prime-contracts/:id/returns: members × quarters, with T4 rates per quarter. */
export async function getReturnsGrid(client: HubClient, primeContractId: string, range: ReturnsGridQuery = {}): Promise<ReturnsGrid> {
  const { from, to } = checked(ReturnsGridQuery, range);
  return client.get(`/api/prime-contracts/${encodeURIComponent(primeContractId)}/returns${queryString({ from, to })}`, ReturnsGrid);
}

/** GET /api/returns/:subContractId/:quarter */
export async function getReturn(client: HubClient, address: ReturnAddress): Promise<ReturnDetail> {
  return client.get(returnPath(address), ReturnDetail);
}

/** POST …/queries: a question on one field of the current version. */
export async function raiseQuery(client: HubClient, address: ReturnAddress, query: RaiseQueryRequest): Promise<ReturnDetail> {
  return client.send('POST', `${returnPath(address)}/queries`, ReturnDetail, checked(RaiseQueryRequest, query));
}

/** POST …/accept: accepts and locks `version`; the hub refuses while errors remain or a newer version arrived. */
export async function acceptReturn(client: HubClient, address: ReturnAddress, version: number): Promise<ReturnDetail> {
  return client.send('POST', `${returnPath(address)}/accept`, ReturnDetail, checked(AcceptReturnRequest, { version }));
}

/** POST …/reopen: unlocks an accepted return, with a reason (and optionally a query). */
export async function reopenReturn(client: HubClient, address: ReturnAddress, request: ReopenReturnRequest): Promise<ReturnDetail> {
  return client.send('POST', `${returnPath(address)}/reopen`, ReturnDetail, checked(ReopenReturnRequest, request));
}

/** POST /api/queries/:queryId/close: hub staff are satisfied by the answer. */
export async function closeQuery(client: HubClient, queryId: string, note = ''): Promise<ReturnDetail> {
  return client.send('POST', `/api/queries/${encodeURIComponent(queryId)}/close`, ReturnDetail, checked(CloseQueryRequest, { note }));
}

/** GET /api/extensions, e.g. { state: 'requested' } for those waiting for a decision. */
export async function listExtensions(client: HubClient, filter: ExtensionListQuery = {}): Promise<ExtensionList> {
  const { state, primeContractId } = checked(ExtensionListQuery, filter);
  return client.get(`/api/extensions${queryString({ state, primeContractId })}`, ExtensionList);
}

/** POST /api/extensions/:id/grant: the due date may differ from the one requested. */
export async function grantExtension(client: HubClient, extensionId: string, decision: GrantExtensionRequest): Promise<ExtensionView> {
  return client.send('POST', `/api/extensions/${encodeURIComponent(extensionId)}/grant`, ExtensionView, checked(GrantExtensionRequest, decision));
}

/** POST /api/extensions/:id/decline */
export async function declineExtension(client: HubClient, extensionId: string, decision: DeclineExtensionRequest): Promise<ExtensionView> {
  return client.send('POST', `/api/extensions/${encodeURIComponent(extensionId)}/decline`, ExtensionView, checked(DeclineExtensionRequest, decision));
}

/** POST …/extension: hub staff grant an extension nobody asked for. */
export async function grantExtensionUnrequested(client: HubClient, address: ReturnAddress, decision: GrantExtensionRequest): Promise<ExtensionView> {
  return client.send('POST', `${returnPath(address)}/extension`, ExtensionView, checked(GrantExtensionRequest, decision));
}
